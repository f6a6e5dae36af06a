import type { Payload } from 'payload'

/** How an indicator's value reads: a share (0–100), a count, or a yes/no (1/0). */
export type IndicatorUnit = 'percent' | 'count' | 'yesno'

/** What an indicator is computed against: « today » is a parameter so tests and snapshots can move the clock. */
export interface IndicatorContext {
  payload: Payload
  today: Date
}

/**
 * One indicator of the commune cockpit (issue 25). Each is computed from data Relais holds, for every member
 * commune at once, with the Local API's `overrideAccess` (it is an aggregate): callers decide who may see which
 * commune's value (the commune itself and staff) and show others only aggregates (see `anonymity.ts`).
 */
export interface IndicatorDefinition {
  key: string
  /**
   * Its short label (e.g. « Checklists réalisées ») and its definition (what is counted, over which period, from which
   * data) are in the catalogues, `indicators.registry.<key>` (`indicatorWords`). An indicator outside the registry
   * (a test's) may carry its own words instead.
   */
  label?: string
  definition?: string
  unit: IndicatorUnit
  /** Whether a higher value is better (colour scales and « en retard » wording depend on it). */
  higherIsBetter: boolean
  /** Where the detail of a commune's value is (a page of the intranet). */
  detailHref: (communeId: number) => string
  /** Value per commune id; `null` when the indicator does not apply to that commune. */
  compute: (context: IndicatorContext) => Promise<Map<number, number | null>>
}
