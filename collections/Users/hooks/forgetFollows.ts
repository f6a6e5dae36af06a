import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A person's follows and notifications are theirs alone and mean nothing once they are gone. Their columns are
 * NOT NULL while Payload's generated keys say « set null », so without this a person who follows anything could not
 * be deleted.
 */
export const forgetFollows: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'follows', where: { user: { equals: id } }, overrideAccess: true, req })
  await req.payload.delete({ collection: 'notifications', where: { recipient: { equals: id } }, overrideAccess: true, req })
}
