import type { CollectionConfig } from 'payload'

import { validatorOfCommuneOrStaff } from '@/access/validators'
import { accountEventTypes } from '@/accounts/vocabulary'
import { internalTable } from '@/admin/navigation'
import { optionsFrom } from '@/fields/options'

/** The account lifecycle log: written by the system only, read by the commune's validators and coordinators. */
export const AccountEvents: CollectionConfig = {
  slug: 'account-events',
  labels: { singular: 'Événement de compte', plural: 'Journal des comptes' },
  admin: { defaultColumns: ['type', 'email', 'commune', 'actor', 'createdAt'], group: 'Communes et comptes', hidden: internalTable },
  defaultSort: '-createdAt',
  access: { read: validatorOfCommuneOrStaff(), create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'type', label: 'Événement', type: 'select', required: true, options: optionsFrom(accountEventTypes), index: true },
    { name: 'email', label: 'Personne (e-mail)', type: 'email', required: true },
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', index: true },
    { name: 'user', label: 'Compte', type: 'relationship', relationTo: 'users' },
    { name: 'request', label: 'Demande', type: 'relationship', relationTo: 'account-requests' },
    { name: 'actor', label: 'Par', type: 'relationship', relationTo: 'users' },
    { name: 'note', label: 'Remarque', type: 'textarea', maxLength: 1000 },
  ],
}
