import { foldAccents } from '@/search/vocabulary'

/**
 * A product is known by its name as communes type it: « Abacus », « ABACUS » and « abacus » are one product. Its
 * key (also its address: /qui-utilise-quoi/produit/<key>) is the name folded to lower-case words without accents.
 */
export const productKey = (name: string) =>
  foldAccents(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)

/** The spelling most communes use (the first in alphabetical order on a tie). */
export function usualSpelling(names: string[]): string {
  const counts = new Map<string, number>()
  for (const name of names) counts.set(name.trim(), (counts.get(name.trim()) ?? 0) + 1)
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'fr'))[0]?.[0] ?? ''
}

/** A provider's name compared the way communes mean it: case, accents, spaces and punctuation aside. */
export const comparableName = (name: string) =>
  foldAccents(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
