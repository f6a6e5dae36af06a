/** A record id from a URL or a form ("12"), or null when it cannot be one (not a positive integer, beyond PostgreSQL's integer). */
export function recordId(value: unknown): number | null {
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null
}
