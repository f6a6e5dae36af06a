type Item = { key?: string | null; label?: string | null; help?: string | null; addedAt?: string | null }
export type GuideContent = {
  title?: string | null
  summary?: string | null
  body?: unknown
  checklist?: Item[] | null
  sources?: { title?: string | null; publisher?: string | null; url?: string | null }[] | null
}

/** How long an action added to a guide is marked « Nouveau » on a commune's checklist that has not answered it. */
export const NEW_ACTION_DAYS = 30

/**
 * What a publication changed since the previous published version: the actions it adds (by key) and whether
 * anything members read changed. The first publication changes nothing that anyone followed.
 */
export function guideChange(previous: GuideContent | null, next: GuideContent): { added: Item[]; revised: boolean } {
  if (!previous) return { added: [], revised: false }
  const before = new Set((previous.checklist ?? []).map((item) => item.key))
  const added = (next.checklist ?? []).filter((item) => item.key && !before.has(item.key))
  const shape = (content: GuideContent) =>
    JSON.stringify([
      content.title ?? '',
      content.summary ?? '',
      content.body ?? null,
      (content.checklist ?? []).map((item) => [item.key, item.label, item.help ?? '']),
      (content.sources ?? []).map((source) => [source.title, source.publisher ?? '', source.url ?? '']),
    ])
  return { added, revised: shape(previous) !== shape(next) }
}

/**
 * The date each action was added, kept from the previous published version; an action this publication adds is
 * dated `now`; while there is no published version, or in a draft, a new action has none yet.
 */
export function stampAddedAt<T extends Item>(
  items: T[],
  previous: GuideContent | null,
  publishing: boolean,
  now: Date,
): (T & { addedAt: string | null })[] {
  const known = new Map((previous?.checklist ?? []).map((item) => [item.key, item.addedAt ?? null]))
  return items.map((item) => ({
    ...item,
    addedAt: known.has(item.key) ? (known.get(item.key) ?? null) : previous && publishing ? now.toISOString() : null,
  }))
}

/** « Nouveau » on a commune's checklist: added by a publication, not answered by the commune, for 30 days at most. */
export function isNewAction(item: Item, answered: boolean, now: Date): boolean {
  if (!item.addedAt || answered) return false
  return now.getTime() - new Date(item.addedAt).getTime() < NEW_ACTION_DAYS * 86_400_000
}
