/**
 * Aggregates shown to people who may not see each commune (COPIL, other communes): a number stands only when at
 * least this many communes stand behind it (issue 25, « Rules »), so no commune can be singled out.
 */
export const MIN_COMMUNES_BEHIND_A_NUMBER = 3

/** The median of the values given, or `null` when fewer than the threshold of communes have a value. */
export function anonymousMedian(values: Iterable<number | null | undefined>): number | null {
  const present = [...values].filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b)
  if (present.length < MIN_COMMUNES_BEHIND_A_NUMBER) return null
  const middle = Math.floor(present.length / 2)
  return present.length % 2 === 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2
}

/** A count of communes, or `null` when it is below the threshold (and not zero: « aucune » identifies nobody). */
export function anonymousCount(count: number): number | null {
  return count === 0 || count >= MIN_COMMUNES_BEHIND_A_NUMBER ? count : null
}
