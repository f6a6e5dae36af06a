import type { CollectionConfig } from 'payload'

import { validatorOfCommuneOrStaff } from '@/access/validators'
import { accountEventTypes } from '@/accounts/vocabulary'
import { internalTable } from '@/admin/navigation'
import { optionsFrom } from '@/fields/options'
import { label } from '@/i18n/labels'

/** The account lifecycle log: written by the system only, read by the commune's validators and coordinators. */
export const AccountEvents: CollectionConfig = {
  slug: 'account-events',
  labels: { singular: label('admin.accountEvents.labelSingular'), plural: label('admin.accountEvents.labelPlural') },
  admin: {
    defaultColumns: ['type', 'email', 'commune', 'actor', 'createdAt'],
    group: label('admin.groups.communesEtComptes'),
    hidden: internalTable,
  },
  defaultSort: '-createdAt',
  access: { read: validatorOfCommuneOrStaff(), create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'type',
      label: label('admin.accountEvents.type'),
      type: 'select',
      required: true,
      options: optionsFrom(accountEventTypes),
      index: true,
    },
    { name: 'email', label: label('admin.accountEvents.email'), type: 'email', required: true },
    { name: 'commune', label: label('admin.accountEvents.commune'), type: 'relationship', relationTo: 'communes', index: true },
    { name: 'user', label: label('admin.accountEvents.user'), type: 'relationship', relationTo: 'users' },
    { name: 'request', label: label('admin.accountEvents.request'), type: 'relationship', relationTo: 'account-requests' },
    { name: 'actor', label: label('admin.accountEvents.actor'), type: 'relationship', relationTo: 'users' },
    { name: 'note', label: label('admin.accountEvents.note'), type: 'textarea', maxLength: 1000 },
  ],
}
