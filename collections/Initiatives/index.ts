import type { CollectionConfig, PayloadRequest } from 'payload'

import { publishedOrStaff, staffOnly } from '@/access/rules'
import { adminMessage } from '@/admin/language'
import { httpsUrl } from '@/fields/httpsUrl'
import { slugField } from '@/fields/slug'
import { label, localizedOptions } from '@/i18n/labels'
import { initiativeStatusKeys, initiativeThemeKeys, levelKeys } from '@/map/vocabulary'

const afterStart = (value: unknown, { siblingData, req }: { siblingData: { startDate?: string | null }; req?: PayloadRequest }) =>
  !value || !siblingData.startDate || new Date(value as string) >= new Date(siblingData.startDate)
    ? true
    : adminMessage(req, 'endNotBeforeStart')

/**
 * The region's digital initiatives (measure 7: « vision d'ensemble des initiatives digitales »), drawn on the map
 * by the communes taking part. Coordinators publish them; members see the published ones.
 */
export const Initiatives: CollectionConfig = {
  slug: 'initiatives',
  labels: { singular: label('admin.initiatives.labelSingular'), plural: label('admin.initiatives.labelPlural') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'level', 'stage', '_status'], group: label('admin.groups.cartographie') },
  versions: { drafts: true, maxPerDoc: 20 },
  defaultSort: 'title',
  access: { read: publishedOrStaff, readVersions: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'title', label: label('admin.initiatives.title'), type: 'text', required: true, maxLength: 200 },
    slugField(),
    { name: 'summary', label: label('admin.initiatives.summary'), type: 'textarea', required: true, maxLength: 600 },
    { name: 'description', label: label('admin.initiatives.description'), type: 'textarea', maxLength: 10000 },
    { name: 'lead', label: label('admin.initiatives.lead'), type: 'relationship', relationTo: 'actors', required: true, index: true },
    { name: 'partners', label: label('admin.initiatives.partners'), type: 'relationship', relationTo: 'actors', hasMany: true },
    {
      name: 'allCommunes',
      label: label('admin.initiatives.allCommunes'),
      type: 'checkbox',
      defaultValue: false,
      admin: { description: label('admin.initiatives.allCommunesDescription') },
    },
    { name: 'communes', label: label('admin.initiatives.communes'), type: 'relationship', relationTo: 'communes', hasMany: true },
    {
      name: 'themes',
      label: label('admin.initiatives.themes'),
      type: 'select',
      hasMany: true,
      required: true,
      options: localizedOptions(initiativeThemeKeys, 'vocab.map.themes'),
    },
    {
      name: 'level',
      label: label('admin.initiatives.level'),
      type: 'select',
      required: true,
      index: true,
      options: localizedOptions(levelKeys, 'vocab.map.levels'),
    },
    {
      name: 'stage',
      label: label('admin.initiatives.stage'),
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'en-cours',
      options: localizedOptions(initiativeStatusKeys, 'vocab.map.statuses'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          label: label('admin.initiatives.startDate'),
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
        {
          name: 'endDate',
          label: label('admin.initiatives.endDate'),
          type: 'date',
          validate: afterStart,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
      ],
    },
    { name: 'website', label: label('admin.initiatives.website'), type: 'text', maxLength: 300, validate: httpsUrl },
    { name: 'measures', label: label('admin.initiatives.measures'), type: 'relationship', relationTo: 'measures', hasMany: true },
    { name: 'source', label: label('admin.initiatives.source'), type: 'text', maxLength: 300 },
  ],
}
