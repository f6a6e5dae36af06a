import type { CollectionConfig } from 'payload'

import { authenticated, communeStewardOrStaff, staffOnly } from '@/access/rules'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { label } from '@/i18n/labels'
import { mergeEndpoint } from '@/providers/endpoints'

import { validateProviderName } from './validateName'

/**
 * An IT provider as one record, so that contracts and inventory entries across the region count the same
 * provider once (issue 23). Who a commune works with is private to the commune; the provider itself is not.
 */
export const Providers: CollectionConfig = {
  slug: 'providers',
  labels: { singular: label('admin.providers.labelSingular'), plural: label('admin.providers.labelPlural') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'website'], group: label('admin.groups.cartographie') },
  defaultSort: 'name',
  access: { read: authenticated, create: communeStewardOrStaff, update: staffOnly, delete: staffOnly },
  hooks: { afterChange: [auditRecordChange], afterDelete: [auditRecordDelete] },
  endpoints: [mergeEndpoint],
  fields: [
    {
      name: 'name',
      label: label('admin.providers.name'),
      type: 'text',
      required: true,
      unique: true,
      maxLength: 160,
      validate: validateProviderName as never,
    },
    { name: 'website', label: label('admin.providers.website'), type: 'text', maxLength: 300 },
    {
      name: 'aliases',
      label: label('admin.providers.aliases'),
      labels: { singular: label('admin.providers.aliasesSingular'), plural: label('admin.providers.aliasesPlural') },
      type: 'array',
      maxRows: 20,
      admin: { description: label('admin.providers.aliasesDescription') },
      fields: [{ name: 'name', label: label('admin.providers.aliases_name'), type: 'text', required: true, maxLength: 160 }],
    },
  ],
}
