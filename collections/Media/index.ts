import { type Access, APIError, type CollectionConfig, type PayloadRequest } from 'payload'

import { type AccessUser, communeOf, isStaff } from '@/access/roles'
import { staffOnly } from '@/access/rules'
import { adminMessage } from '@/admin/language'
import { mediaDir } from '@/db/resolve'
import { idOf } from '@/fields/idOf'
import { label } from '@/i18n/labels'

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
  if (!known.totalDocs) throw Object.assign(new APIError(adminMessage(req, 'fileMissing'), 404, null, true), { name: 'NotFound' })
}

/**
 * Shared files (posters, guides in PDF, event documents) are read by every member. A commune's private file (the
 * proof of a checklist action: a restore-test report, an attendance list) carries its commune and is read only by
 * that commune's members and staff — by REST, GraphQL and the file route alike (Payload checks read access on
 * `/api/media/file/<name>` with this rule).
 */
const sharedOrOwnCommune: Access = ({ req }) => {
  const user = req.user as AccessUser
  if (!user) return false
  if (isStaff(user)) return true
  const commune = communeOf(user)
  const shared = { commune: { exists: false } }
  return commune ? { or: [shared, { commune: { equals: commune } }] } : shared
}

/** Staff upload shared files; a commune member uploads only files private to their own commune (a checklist proof). */
const staffOrOwnCommuneFile: Access = ({ req, data }) => {
  const user = req.user as AccessUser
  if (isStaff(user)) return true
  const commune = communeOf(user)
  return commune !== null && Number(idOf((data as { commune?: unknown } | undefined)?.commune)) === commune
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('admin.media.labelSingular'), plural: label('admin.media.labelPlural') },
  admin: { group: label('admin.groups.contenus') },
  access: { read: sharedOrOwnCommune, create: staffOrOwnCommuneFile, update: staffOnly, delete: staffOnly },
  upload: {
    staticDir: mediaDir(),
    handlers: [unknownFileNotFound],
    // No SVG or HTML: they can carry scripts when served inline. Payload checks the declared type against the
    // file's content (magic bytes), so an HTML page named affiche.png is refused too.
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
  },
  fields: [
    { name: 'alt', label: label('admin.media.alt'), type: 'text', required: true, maxLength: 200 },
    {
      name: 'commune',
      label: label('admin.media.commune'),
      type: 'relationship',
      relationTo: 'communes',
      index: true,
      admin: {
        position: 'sidebar',
        description: label('admin.media.communeDescription'),
      },
    },
  ],
}
