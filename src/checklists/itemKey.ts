/**
 * A guide's checklist item is identified by its key: the communes' answers (checklist-progress.itemKey) point to
 * it, so it never changes once saved, even when the item's wording does. An editor may leave it empty: it is then
 * made from the item's label (« Tester la restauration » → « tester-la-restauration »), unique within the guide.
 */

export const KEY_MAX_LENGTH = 60

/** The key a label gives: lower-case ASCII letters, digits and dashes, at most 60 characters, cut at a dash. */
export function keyFromLabel(label: string | null | undefined): string {
  const slug = (label ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= KEY_MAX_LENGTH) return slug
  const cut = slug.slice(0, KEY_MAX_LENGTH)
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut
}

type Item = { key?: string | null; label?: string | null }

/** The items with every empty key filled from its label, made unique by a number (« -2 », « -3 »); given keys stay as they are. */
export function fillChecklistKeys<T extends Item>(items: T[] | null | undefined): T[] | null | undefined {
  if (!Array.isArray(items)) return items
  const taken = new Set(items.map((item) => item.key?.trim()).filter(Boolean))
  return items.map((item) => {
    if (item.key?.trim()) return item
    const base = keyFromLabel(item.label) || 'action'
    let key = base
    for (let n = 2; taken.has(key); n++) key = `${base.slice(0, KEY_MAX_LENGTH - String(n).length - 1)}-${n}`
    taken.add(key)
    return { ...item, key }
  })
}
