import type { CollectionConfig } from 'payload'

import { adminOnly, authenticated, staffOnly } from '@/access/rules'
import { districtNumbers } from '@/communes/vocabulary'
import { label, localizedOptions } from '@/i18n/labels'

import { deletePrivateFiles } from './hooks/deletePrivateFiles'

export const Communes: CollectionConfig = {
  slug: 'communes',
  labels: { singular: label('admin.communes.labelSingular'), plural: label('admin.communes.labelPlural') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'ofsNumber', 'district', 'population'],
    group: label('admin.groups.communesEtComptes'),
  },
  defaultSort: 'name',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: adminOnly },
  hooks: { beforeDelete: [deletePrivateFiles] },
  fields: [
    { name: 'name', label: label('admin.communes.name'), type: 'text', required: true, maxLength: 80 },
    {
      name: 'ofsNumber',
      label: label('admin.communes.ofsNumber'),
      type: 'number',
      required: true,
      unique: true,
      index: true,
      min: 1,
      max: 9999,
      admin: { description: label('admin.communes.ofsNumberDescription') },
    },
    {
      name: 'district',
      label: label('admin.communes.district'),
      type: 'select',
      required: true,
      options: localizedOptions(districtNumbers.map(String), 'vocab.communes.districts'),
    },
    { name: 'population', label: label('admin.communes.population'), type: 'number', min: 0, max: 1_000_000 },
  ],
}
