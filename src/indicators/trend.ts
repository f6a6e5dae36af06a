import type { Payload } from 'payload'

/** One indicator's regional median month by month (`YYYY-MM`); `null` where too few communes stand behind it. */
export type IndicatorTrend = { key: string; points: { month: string; median: number | null }[] }

/**
 * PLACEHOLDER (issue 25, part E): engineer C owns this file and writes the real one from the monthly snapshots
 * (`indicator-snapshots`); at merge C's file replaces this one. Until then there is no history: no points.
 */
export async function loadIndicatorTrend(_payload: Payload, _from: Date, _to: Date): Promise<IndicatorTrend[]> {
  return []
}
