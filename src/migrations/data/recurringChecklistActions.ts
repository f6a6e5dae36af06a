import { sql } from '@payloadcms/db-postgres'

/**
 * Issue 25: checklist actions can recur (`guides_checklist.recurrence`, months). The seed marks the actions whose own
 * text says how often (« une fois par an »), but it creates only missing guides: databases seeded before get the
 * same marks here, on the published guides and their latest versions, where the action has none yet. Runs after the
 * generated SQL (the column exists); running it twice changes nothing.
 */
export const yearlySeededActions = ['test-restauration-annuel', 'exercice-annuel', 'test-annuel', 'sensibilisation-annuelle']

type Db = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }

export async function markSeededRecurringActions({ db }: { db: Db }) {
  const keys = sql.join(
    yearlySeededActions.map((key) => sql`${key}`),
    sql`, `,
  )
  await db.execute(sql`update guides_checklist set recurrence = '12' where recurrence is null and key in (${keys})`)
  await db.execute(sql`update _guides_v_version_checklist set recurrence = '12' where recurrence is null and key in (${keys})`)
}
