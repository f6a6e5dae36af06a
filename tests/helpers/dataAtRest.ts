import type { Payload } from 'payload'

/**
 * Every row of every collection, read as the system, by collection: what a hostile request must leave unchanged.
 * Left out: the admin's UI preferences; the jobs Payload's scheduler queues on the clock and its statistics (a run
 * that crosses a scheduled minute sees them appear, whatever the requests did; jobs a request queues still count);
 * when each session was last seen, which every authenticated request refreshes (at most once a minute); and the
 * throttle's count of failed attempts, whose job is to record hostile requests such as a wrong login.
 */
export async function dataAtRest(payload: Payload): Promise<Map<string, string>> {
  const parts = new Map<string, string>()
  for (const collection of payload.config.collections) {
    if (['payload-preferences', 'payload-jobs-stats', 'throttle-events'].includes(collection.slug)) continue
    const { docs } = await payload.find({
      collection: collection.slug as never,
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'id',
      overrideAccess: true,
      draft: true,
    })
    const rows =
      collection.slug === 'users'
        ? docs.map(withoutLastSeen)
        : collection.slug === 'payload-jobs'
          ? docs.filter((job: { meta?: { scheduled?: boolean } }) => !job.meta?.scheduled)
          : docs
    parts.set(collection.slug, JSON.stringify(rows))
  }
  return parts
}

const withoutLastSeen = (user: Record<string, unknown>) => ({
  ...user,
  sessions: (user.sessions as Record<string, unknown>[] | undefined)?.map(({ lastSeenAt: _, ...session }) => session),
})

/** The data at rest once it stops moving: what a login writes may land a moment after its answer on a busy machine. */
export async function settledData(payload: Payload): Promise<Map<string, string>> {
  let previous = await dataAtRest(payload)
  for (let attempt = 0; attempt < 20; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    const current = await dataAtRest(payload)
    if (changedCollections(previous, current).length === 0) return current
    previous = current
  }
  throw new Error('the data never settled')
}

export const changedCollections = (before: Map<string, string>, after: Map<string, string>) =>
  [...before.keys()].filter((slug) => before.get(slug) !== after.get(slug))

/** The rows that differ between two snapshots of a collection (JSON arrays), so a failure names them. */
export function rowDifferences(before: string, after: string): string {
  const rows = (json: string) => new Set((JSON.parse(json) as unknown[]).map((row) => JSON.stringify(row)))
  const [was, is] = [rows(before), rows(after)]
  const gone = [...was].filter((row) => !is.has(row))
  const added = [...is].filter((row) => !was.has(row))
  return [...gone.map((row) => `  - ${row}`), ...added.map((row) => `  + ${row}`)].join('\n').slice(0, 4000)
}
