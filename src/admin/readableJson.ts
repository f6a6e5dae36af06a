/** A change of the audit trail reads in this order (PostgreSQL keeps an object's keys in an order of its own). */
const firstKeys = ['field', 'label', 'before', 'after']

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).sort(([a], [b]) => rank(a) - rank(b))
  return Object.fromEntries(entries.map(([key, inner]) => [key, ordered(inner)]))
}
const rank = (key: string) => (firstKeys.includes(key) ? firstKeys.indexOf(key) : firstKeys.length)

/**
 * A JSON value as a person reads it in /admin: indented two spaces, a change's field, label, before and after in
 * that order (other keys as stored), accents and « → » as they are (no \u escapes). Null when there is nothing to show.
 */
export function readableJson(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string') {
    // A JSON document kept as text reads the same as one stored parsed.
    try {
      return JSON.stringify(ordered(JSON.parse(value)), null, 2)
    } catch {
      return value
    }
  }
  return JSON.stringify(ordered(value), null, 2) ?? null
}
