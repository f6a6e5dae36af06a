import type { CollectionConfig } from 'payload'

import { adminOnly, authenticated, staffOnly } from '@/access/rules'
import { districtNumbers } from '@/communes/vocabulary'
import { localizedOptions } from '@/i18n/labels'

import { deletePrivateFiles } from './hooks/deletePrivateFiles'

export const Communes: CollectionConfig = {
  slug: 'communes',
  labels: { singular: 'Commune', plural: 'Communes' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'ofsNumber', 'district', 'population'], group: 'Communes et comptes' },
  defaultSort: 'name',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: adminOnly },
  hooks: { beforeDelete: [deletePrivateFiles] },
  fields: [
    { name: 'name', label: 'Nom', type: 'text', required: true, maxLength: 80 },
    {
      name: 'ofsNumber',
      label: 'Numéro OFS',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      min: 1,
      max: 9999,
      admin: { description: "Numéro officiel de la commune à l'Office fédéral de la statistique." },
    },
    {
      name: 'district',
      label: 'District',
      type: 'select',
      required: true,
      options: localizedOptions(districtNumbers.map(String), 'vocab.communes.districts'),
    },
    { name: 'population', label: 'Population', type: 'number', min: 0, max: 1_000_000 },
  ],
}
