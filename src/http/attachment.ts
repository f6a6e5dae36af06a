/**
 * A Content-Disposition header for a download named in French: `filename` is an ASCII fallback (accents dropped),
 * `filename*` the UTF-8 name (RFC 5987/6266); characters no file system takes (`/ \ : * ? " < > |`, controls)
 * are removed from both, so the name can be neither a path nor a header injection.
 */
export function attachment(name: string, extension: string): string {
  const safe =
    name
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120)
      .trim() || 'document'
  const ascii = safe
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[«»“”]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
  const encoded = encodeURIComponent(`${safe}.${extension}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`
}
