import { anonymousCount } from '@/indicators/anonymity'

/**
 * Counts of communes per class, for people who may not see each commune: a count of 1 or 2 is hidden
 * (`anonymousCount`), and when only one count is hidden the smallest other non-zero count is hidden too, so that
 * the total (the region's communes, known to all) does not give the hidden one back by subtraction.
 */
export function anonymousDistribution(counts: number[]): (number | null)[] {
  const shown = counts.map(anonymousCount)
  if (shown.filter((count) => count === null).length !== 1) return shown
  const smallest = shown
    .map((count, index) => ({ count, index }))
    .filter((entry): entry is { count: number; index: number } => entry.count !== null && entry.count > 0)
    .sort((a, b) => a.count - b.count)[0]
  if (smallest) shown[smallest.index] = null
  return shown
}
