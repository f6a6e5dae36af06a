import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '../../src/access/rules'
import { mediaDir } from '../../src/db/resolve'

/** The largest upload accepted (posters, guides in PDF). */
export const maxUploadBytes = 10 * 1024 * 1024

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Fichier', plural: 'Fichiers' },
  admin: { group: 'Contenus' },
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  upload: {
    staticDir: mediaDir(),
    // No SVG or HTML: they can carry scripts when served inline. Payload checks the declared type against the
    // file's content (magic bytes), so an HTML page named affiche.png is refused too.
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
  },
  fields: [{ name: 'alt', label: 'Texte alternatif', type: 'text', required: true, maxLength: 200 }],
}
