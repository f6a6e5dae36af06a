import { APIError, type CollectionConfig, type PayloadRequest } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { mediaDir } from '@/db/resolve'

/** The largest upload accepted (posters, guides in PDF). */
export const maxUploadBytes = 10 * 1024 * 1024

/**
 * The file route (/api/media/file/<name>) looks the name up among the uploads before anything else: a name that
 * is no upload is a French 404, instead of a look on the disk that Payload answers with a 500 when nothing is
 * there. Returning nothing lets the next handler (the bucket's, or Payload's disk) serve the file. The error is
 * named: the production bundle may lose its class name, and Payload would then hide the message.
 */
const unknownFileNotFound = async (req: PayloadRequest, { params }: { params: { filename: string } }): Promise<void> => {
  const known = await req.payload.db.count({ collection: 'media', where: { filename: { equals: params.filename } }, req })
  if (!known.totalDocs) throw Object.assign(new APIError('Ce fichier n’existe pas.', 404, null, true), { name: 'NotFound' })
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Fichier', plural: 'Fichiers' },
  admin: { group: 'Contenus' },
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  upload: {
    staticDir: mediaDir(),
    handlers: [unknownFileNotFound],
    // No SVG or HTML: they can carry scripts when served inline. Payload checks the declared type against the
    // file's content (magic bytes), so an HTML page named affiche.png is refused too.
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
  },
  fields: [{ name: 'alt', label: 'Texte alternatif', type: 'text', required: true, maxLength: 200 }],
}
