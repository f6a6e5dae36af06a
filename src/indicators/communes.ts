import type { Payload } from 'payload'

/** Every commune's id (one query): each indicator gives every commune a value, or null where it does not apply. */
export async function allCommuneIds(payload: Payload): Promise<number[]> {
  const { docs } = await payload.find({ collection: 'communes', limit: 0, pagination: false, depth: 0, select: { name: true } })
  return docs.map((commune) => commune.id)
}

/** A map of every commune to the same starting value. */
export const everyCommune = <T>(ids: number[], start: () => T) => new Map(ids.map((id) => [id, start()]))

/** Counts per commune (0 for a commune with nothing) from the commune of each record. */
export function countPerCommune(ids: number[], communes: Iterable<number | null | undefined>): Map<number, number | null> {
  const counts = everyCommune<number | null>(ids, () => 0)
  for (const id of communes) if (id != null && counts.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

/** `part` of `whole` in whole percent, or null when there is nothing to measure. */
export const percent = (part: number, whole: number): number | null => (whole > 0 ? Math.round((100 * part) / whole) : null)
