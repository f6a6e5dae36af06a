import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { httpsUrl } from '@/fields/httpsUrl'
import { slugField } from '@/fields/slug'
import { label, localizedOptions } from '@/i18n/labels'
import { actorLevelKeys } from '@/map/vocabulary'

/** Who does what in the Valais digital ecosystem (strategy 004, ANNEXE IV and Figure 4). Every member reads it. */
export const Actors: CollectionConfig = {
  slug: 'actors',
  labels: { singular: label('admin.actors.labelSingular'), plural: label('admin.actors.labelPlural') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'acronym', 'level'], group: label('admin.groups.cartographie') },
  defaultSort: 'name',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'name', label: label('admin.actors.name'), type: 'text', required: true, maxLength: 160 },
    slugField(),
    { name: 'acronym', label: label('admin.actors.acronym'), type: 'text', maxLength: 20 },
    {
      name: 'level',
      label: label('admin.actors.level'),
      type: 'select',
      required: true,
      index: true,
      options: localizedOptions(actorLevelKeys, 'vocab.map.levels'),
    },
    { name: 'summary', label: label('admin.actors.summary'), type: 'textarea', required: true, maxLength: 800 },
    {
      name: 'missions',
      label: label('admin.actors.missions'),
      type: 'array',
      maxRows: 40,
      labels: { singular: label('admin.actors.missionsSingular'), plural: label('admin.actors.missionsPlural') },
      fields: [{ name: 'text', label: label('admin.actors.missions_text'), type: 'textarea', required: true, maxLength: 600 }],
    },
    {
      name: 'provider',
      label: label('admin.actors.provider'),
      type: 'relationship',
      relationTo: 'providers',
      admin: { description: label('admin.actors.providerDescription') },
    },
    { name: 'website', label: label('admin.actors.website'), type: 'text', maxLength: 300, validate: httpsUrl },
    {
      name: 'source',
      label: label('admin.actors.source'),
      type: 'text',
      maxLength: 300,
      admin: { description: label('admin.actors.sourceDescription') },
    },
  ],
}
