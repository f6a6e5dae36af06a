import type { Payload, TaskConfig } from 'payload'

import { poolOf } from '@/db/pool'
import { messageAt } from '@/i18n/labels'
import { configuredDefaultLocale } from '@/i18n/locales'

import { indicators } from './registry'

/** The month a date falls in, in Zurich time, as « AAAA-MM »: the key of a snapshot. */
export function monthOf(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', year: 'numeric', month: '2-digit' }).formatToParts(date)
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`
}

/**
 * Stores every registry indicator's value for every commune for the month of `today`, once: the rows go in with
 * `on conflict do nothing` against the unique index (indicator, commune, month), so a second run in the same month,
 * a retry or another instance running the job at the same time adds nothing. Returns how many rows were added.
 */
export async function takeIndicatorSnapshots(payload: Payload, today = new Date()): Promise<number> {
  const month = monthOf(today)
  let added = 0
  for (const indicator of indicators) {
    const values = await indicator.compute({ payload, today })
    if (!values.size) continue
    const communes = [...values.keys()]
    const result = await poolOf(payload).query(
      `insert into indicator_snapshots (indicator, commune_id, month, value, updated_at, created_at)
       select $1, commune, $2, value, now(), now() from unnest($3::int[], $4::numeric[]) as t(commune, value)
       on conflict (indicator, commune_id, month) do nothing`,
      [indicator.key, month, communes, communes.map((commune) => values.get(commune) ?? null)],
    )
    added += result.rowCount ?? 0
  }
  return added
}

/** Daily (cheap and idempotent): the month's snapshot is taken on its first day the job runs, later runs add nothing. */
export const indicatorSnapshotsTask: TaskConfig<'indicatorSnapshots'> = {
  slug: 'indicatorSnapshots',
  label: messageAt(configuredDefaultLocale(), 'indicators.snapshotsTask'),
  schedule: [{ cron: '0 30 3 * * *', queue: 'daily' }],
  outputSchema: [{ name: 'added', type: 'number' }],
  handler: async ({ req }) => ({ output: { added: await takeIndicatorSnapshots(req.payload) } }),
}
