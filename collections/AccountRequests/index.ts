import type { CollectionConfig } from 'payload'

import { staffField, staffOnly } from '@/access/rules'
import { validatorOfCommuneOrStaff } from '@/access/validators'
import { requestableRoles, requestStatuses } from '@/accounts/vocabulary'
import { optionsFrom } from '@/fields/options'

/**
 * Account requests from the public form. Never created over the API (the form's anti-abuse checks would be
 * bypassed); read and decided by the commune's validators and by coordinators, once the e-mail is confirmed.
 */
export const AccountRequests: CollectionConfig = {
  slug: 'account-requests',
  labels: { singular: 'Demande de compte', plural: 'Demandes de compte' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'commune', 'status', 'createdAt'], group: 'Communes et comptes' },
  defaultSort: '-createdAt',
  access: {
    create: () => false,
    read: validatorOfCommuneOrStaff({ confirmedOnly: true }),
    update: validatorOfCommuneOrStaff({ confirmedOnly: true }),
    delete: staffOnly,
  },
  fields: [
    { name: 'name', label: 'Nom complet', type: 'text', required: true, maxLength: 120, access: { update: staffField } },
    { name: 'email', label: 'E-mail professionnel', type: 'email', required: true, index: true, access: { update: staffField } },
    {
      name: 'commune',
      label: 'Commune',
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
      access: { update: staffField },
    },
    { name: 'function', label: 'Fonction', type: 'text', required: true, maxLength: 120, access: { update: staffField } },
    {
      name: 'requestedRole',
      label: 'Rôle demandé',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: optionsFrom(requestableRoles),
      access: { update: staffField },
    },
    { name: 'comment', label: 'Commentaire', type: 'textarea', maxLength: 1000, access: { update: staffField } },
    {
      name: 'status',
      label: 'État',
      type: 'select',
      required: true,
      defaultValue: 'unconfirmed',
      index: true,
      options: optionsFrom(requestStatuses),
    },
    { name: 'decisionComment', label: 'Commentaire de la décision', type: 'textarea', maxLength: 1000 },
    { name: 'decidedBy', label: 'Décidée par', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'decidedAt', label: 'Décidée le', type: 'date', admin: { readOnly: true } },
    { name: 'confirmedAt', label: 'E-mail confirmé le', type: 'date', admin: { readOnly: true } },
    { name: 'account', label: 'Compte créé', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    // Secrets and anti-abuse bookkeeping: never readable over the API.
    { name: 'confirmToken', type: 'text', index: true, hidden: true },
    { name: 'confirmExpiresAt', type: 'date', hidden: true },
    { name: 'ipHash', type: 'text', index: true, hidden: true },
  ],
}
