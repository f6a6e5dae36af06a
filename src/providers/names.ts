/**
 * How two spellings of a provider's name are recognised as the same provider: « Abacus Research AG »,
 * « abacus research » and « Abacus-Research » share one key. The key ignores case, accents, punctuation, spaces
 * and the legal form at the end (SA, Sàrl, AG, GmbH…). Pure: used by the contract form, the merge screen and
 * the migration of the free-text providers.
 */

/** Legal forms dropped from the end of a name, as tokens once accents and dots are gone (« S.à r.l. » → « sa rl »). */
const legalForms = [['sa', 'rl'], ['sarl'], ['sagl'], ['sa'], ['ag'], ['gmbh'], ['ltd'], ['llc'], ['inc'], ['sas'], ['srl'], ['se']]

/** The key under which spellings of one provider meet; '' for a name of nothing but punctuation. */
export function providerKey(name: string): string {
  const tokens = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/&/g, ' et ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  let stripped = true
  while (stripped) {
    stripped = false
    for (const form of legalForms) {
      const tail = tokens.slice(-form.length)
      if (tokens.length > form.length && tail.join(' ') === form.join(' ')) {
        tokens.splice(-form.length)
        stripped = true
        break
      }
    }
  }
  return tokens.join(' ')
}

/** A name as stored: spaces collapsed, trimmed. */
export const tidyName = (name: string) => name.replace(/\s+/g, ' ').trim()

export type ProviderNames = { id: number; name: string; aliases?: { name: string }[] | null }

/** The provider known under this name or one of its aliases, if any. */
export function findByName<P extends ProviderNames>(providers: P[], name: string): P | undefined {
  const key = providerKey(name)
  if (!key) return undefined
  return providers.find((p) => providerKey(p.name) === key || (p.aliases ?? []).some((alias) => providerKey(alias.name) === key))
}

export type NameGroup = { name: string; aliases: string[]; spellings: string[] }

/**
 * Free-text spellings grouped by key: one group per provider. Its name is the spelling used most often (then
 * the longest, which usually keeps the legal form, then the first in alphabetical order); the other spellings
 * that differ by more than case and spaces become aliases. `spellings` lists every distinct tidied spelling.
 */
export function groupNames(spellings: string[]): NameGroup[] {
  const groups = new Map<string, Map<string, number>>()
  for (const raw of spellings) {
    const spelling = tidyName(raw)
    const key = providerKey(spelling)
    if (!key) continue
    const counts = groups.get(key) ?? new Map<string, number>()
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1)
    groups.set(key, counts)
  }
  return [...groups.values()]
    .map((counts) => {
      const ranked = [...counts.entries()].sort(([a, ca], [b, cb]) => cb - ca || b.length - a.length || a.localeCompare(b, 'fr'))
      const name = ranked[0]![0]
      const aliases = [...new Set(ranked.slice(1).map(([spelling]) => spelling))].filter(
        (spelling) => spelling.toLowerCase() !== name.toLowerCase(),
      )
      return { name, aliases, spellings: ranked.map(([spelling]) => spelling) }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
}

/** The name of a provider relation read with its record (`withNames` in src/contracts/view.ts); '' if it was not. */
export const providerName = (provider: unknown): string =>
  provider && typeof provider === 'object' && 'name' in provider ? String((provider as { name: unknown }).name) : ''

/**
 * Providers that are probably one and the same, though their keys differ: the same letters once spaces are gone
 * (« Abacus Research » / « AbacusResearch »), or one name the start of the other (« Abacus » / « Abacus Research »).
 * Groups of two or more, for the coordinator to confirm on the merge screen; nothing is merged by itself.
 */
export function likelyDuplicates<P extends { name: string }>(providers: P[]): P[][] {
  const keys = providers.map((p) => providerKey(p.name))
  const parent = providers.map((_, index) => index)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  const alike = (a: string, b: string) => {
    if (!a || !b) return false
    if (a.replace(/ /g, '') === b.replace(/ /g, '')) return true
    const [short, long] = a.length <= b.length ? [a, b] : [b, a]
    return short.length >= 4 && long.startsWith(`${short} `)
  }
  for (let i = 0; i < providers.length; i++)
    for (let j = i + 1; j < providers.length; j++) if (alike(keys[i]!, keys[j]!)) parent[root(j)] = root(i)
  const groups = new Map<number, P[]>()
  providers.forEach((p, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), p]))
  return [...groups.values()].filter((group) => group.length > 1)
}
