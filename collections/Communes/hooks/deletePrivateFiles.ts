import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A commune's private files (checklist proofs) go with it. Left behind, their commune would be emptied by the
 * foreign key (« set null »), and a file without a commune is a shared file every member reads.
 */
export const deletePrivateFiles: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'media', where: { commune: { equals: id } }, overrideAccess: true, req })
}
