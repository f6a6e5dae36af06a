import type { Access, CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '../../src/access/rules'
import { mediaDir } from '../../src/db/resolve'

/** The largest upload accepted (posters, guides in PDF). */
export const maxUploadBytes = 10 * 1024 * 1024

/**
 * Every member reads the files. For the file route (/api/media/file/<name>) the answer is a condition rather than
 * `true`, so that Payload looks the name up among the uploads first: a name that is no upload is refused (403)
 * instead of being looked for on the disk, which Payload answers with a 500 when the file is not there.
 */
const readMedia: Access = (args) => {
  if (!authenticated(args)) return false
  return args.isReadingStaticFile ? { filename: { exists: true } } : true
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Fichier', plural: 'Fichiers' },
  admin: { group: 'Contenus' },
  access: { read: readMedia, create: staffOnly, update: staffOnly, delete: staffOnly },
  upload: {
    staticDir: mediaDir(),
    // No SVG or HTML: they can carry scripts when served inline. Payload checks the declared type against the
    // file's content (magic bytes), so an HTML page named affiche.png is refused too.
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
  },
  fields: [{ name: 'alt', label: 'Texte alternatif', type: 'text', required: true, maxLength: 200 }],
}
