import { type CollectionBeforeValidateHook, type CollectionConfig, ValidationError } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff, staffOnly } from '@/access/rules'
import { adminMessage } from '@/admin/language'
import { idOf } from '@/fields/idOf'
import { systemField } from '@/fields/system'
import { label } from '@/i18n/labels'

/** Only a published alert is checked: a draft (or an unknown id) is refused with a French message. */
const publishedAlert: CollectionBeforeValidateHook = async ({ data = {}, originalDoc, req }) => {
  const alert = idOf(data.alert ?? originalDoc?.alert)
  const found =
    alert == null ? null : await req.payload.findByID({ collection: 'regional-alerts', id: alert, depth: 0, req, disableErrors: true })
  if (!found || found.status !== 'published')
    throw new ValidationError({ errors: [{ path: 'alert', message: adminMessage(req, 'alertMissing') }] }, req.t)
  return data
}

/**
 * « Vérifié chez nous »: one row per commune and alert (the unique index makes it one, whatever two secretaries
 * click at once), written by the commune's secretary (validator) or référent, with an optional note. The commune's
 * members read theirs; coordinators read every commune's; no commune reads another's.
 */
export const AlertAcknowledgements: CollectionConfig = {
  slug: 'alert-acknowledgements',
  labels: { singular: label('admin.alertAcknowledgements.labelSingular'), plural: label('admin.alertAcknowledgements.labelPlural') },
  admin: { defaultColumns: ['alert', 'commune', 'recordedByName', 'createdAt'], group: label('admin.groups.communesEtComptes') },
  defaultSort: '-createdAt',
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: staffOnly },
  hooks: { beforeValidate: [pinToCommuneAndAuthor, publishedAlert] },
  indexes: [{ fields: ['alert', 'commune'], unique: true }],
  fields: [
    {
      name: 'alert',
      label: label('admin.alertAcknowledgements.alert'),
      type: 'relationship',
      relationTo: 'regional-alerts',
      required: true,
      index: true,
    },
    {
      name: 'commune',
      label: label('admin.alertAcknowledgements.commune'),
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
    },
    { name: 'note', label: label('admin.alertAcknowledgements.note'), type: 'textarea', maxLength: 1000 },
    { name: 'recordedByName', label: label('admin.alertAcknowledgements.recordedByName'), type: 'text', ...systemField() },
  ],
}
