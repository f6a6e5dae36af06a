import type { CollectionConfig } from 'payload'

import { authenticated, communeStewardOrStaff, staffOnly } from '@/access/rules'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { mergeEndpoint } from '@/providers/endpoints'

import { validateProviderName } from './validateName'

/**
 * An IT provider as one record, so that contracts and inventory entries across the region count the same
 * provider once (issue 23). Who a commune works with is private to the commune; the provider itself is not.
 */
export const Providers: CollectionConfig = {
  slug: 'providers',
  labels: { singular: 'Prestataire', plural: 'Prestataires' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'website'], group: 'Cartographie' },
  defaultSort: 'name',
  access: { read: authenticated, create: communeStewardOrStaff, update: staffOnly, delete: staffOnly },
  hooks: { afterChange: [auditRecordChange], afterDelete: [auditRecordDelete] },
  endpoints: [mergeEndpoint],
  fields: [
    { name: 'name', label: 'Nom', type: 'text', required: true, unique: true, maxLength: 160, validate: validateProviderName as never },
    { name: 'website', label: 'Site internet', type: 'text', maxLength: 300 },
    {
      name: 'aliases',
      label: 'Autres noms',
      type: 'array',
      maxRows: 20,
      admin: { description: 'Les autres façons d’écrire ce nom, pour reconnaître le même prestataire.' },
      fields: [{ name: 'name', label: 'Nom', type: 'text', required: true, maxLength: 160 }],
    },
  ],
}
