import { type CollectionBeforeValidateHook, type CollectionConfig, Forbidden } from 'payload'

import { pinToOwnCommune } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff } from '@/access/rules'
import { incidentVectorKeys } from '@/alerts/vocabulary'
import { idOf } from '@/fields/idOf'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'

/**
 * The commune's own incident, pinned to its account's commune like every register record; the incident it comes
 * from (if any) must be one of that commune's, and its author's name is kept.
 */
const pinAndCheckSource: CollectionBeforeValidateHook = async ({ data = {}, originalDoc, operation, req }) => {
  pinToOwnCommune(data, originalDoc, req)
  const source = idOf(data.incident ?? originalDoc?.incident)
  if (source != null) {
    const incident = await req.payload.findByID({ collection: 'digital-incidents', id: source, depth: 0, req, disableErrors: true })
    if (!incident || idOf(incident.commune) !== idOf(data.commune ?? originalDoc?.commune)) throw new Forbidden(req.t)
  }
  if (operation === 'create' && req.user) data.sharedByName = (req.user as { name?: string }).name ?? req.user.email
  return data
}

/**
 * An incident a commune shares with the region (issue 23, point 4): a separate record the commune writes from its
 * private log, so the log itself is never exposed. Anonymous by default: the commune is named to the other
 * communes and the COPIL only if it ticks `showCommune`, and they never read this record directly anyway: the
 * coordination reads it (and the commune that shared it), and turns it into a regional alert in its own words.
 */
export const SharedIncidents: CollectionConfig = {
  slug: 'shared-incidents',
  labels: { singular: label('admin.sharedIncidents.labelSingular'), plural: label('admin.sharedIncidents.labelPlural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'vector', 'commune', 'showCommune', 'createdAt'],
    group: label('admin.groups.communesEtComptes'),
  },
  defaultSort: '-createdAt',
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: ownCommuneStewardOrStaff },
  hooks: { beforeValidate: [pinAndCheckSource] },
  fields: [
    {
      name: 'commune',
      label: label('admin.sharedIncidents.commune'),
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
    },
    {
      name: 'incident',
      label: label('admin.sharedIncidents.incident'),
      type: 'relationship',
      relationTo: 'digital-incidents',
      unique: true,
      admin: { description: label('admin.sharedIncidents.incidentDescription') },
    },
    { name: 'title', label: label('admin.sharedIncidents.title'), type: 'text', required: true, maxLength: 160 },
    { name: 'summary', label: label('admin.sharedIncidents.summary'), type: 'textarea', required: true, maxLength: 2000 },
    {
      name: 'vector',
      label: label('admin.sharedIncidents.vector'),
      type: 'select',
      required: true,
      options: localizedOptions(incidentVectorKeys, 'vocab.alerts.vectors'),
    },
    { name: 'whatHelped', label: label('admin.sharedIncidents.whatHelped'), type: 'textarea', required: true, maxLength: 2000 },
    {
      name: 'showCommune',
      label: label('admin.sharedIncidents.showCommune'),
      type: 'checkbox',
      defaultValue: false,
      admin: { description: label('admin.sharedIncidents.showCommuneDescription') },
    },
    { name: 'sharedByName', label: label('admin.sharedIncidents.sharedByName'), type: 'text', ...systemField() },
  ],
}
