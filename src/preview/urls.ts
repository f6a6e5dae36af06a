/**
 * The preview of a guide or an event before it is published: its ordinary page with `?apercu=1`, which reads the
 * latest draft instead of the published version. Only coordinators and administrators (who edit these collections)
 * may open it; anyone else gets the French 403, never the draft. Without the parameter the pages show what is
 * published, to everyone. The admin's « Aperçu » button (`admin.preview` of the collections) opens it.
 */
export const PREVIEW_PARAM = 'apercu'

/** The preview address of a guide, from the admin's form (its slug as it stands in the draft). */
export const guidePreviewUrl = (doc: { slug?: unknown }) =>
  typeof doc.slug === 'string' && doc.slug ? `/guides/${encodeURIComponent(doc.slug)}?${PREVIEW_PARAM}=1` : null

/** The preview address of an event (once saved: it has an id). */
export const eventPreviewUrl = (doc: { id?: unknown }) =>
  typeof doc.id === 'number' || (typeof doc.id === 'string' && doc.id) ? `/agenda/${doc.id}?${PREVIEW_PARAM}=1` : null
