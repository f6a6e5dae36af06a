import type { CollectionConfig } from 'payload'

import { staffField, staffOnly } from '@/access/rules'
import { validatorOfCommuneOrStaff } from '@/access/validators'
import { requestableRoles, requestStatuses } from '@/accounts/vocabulary'
import { optionsFrom } from '@/fields/options'
import { label } from '@/i18n/labels'

/**
 * Account requests from the public form. Never created over the API (the form's anti-abuse checks would be
 * bypassed); read and decided by the commune's validators and by coordinators, once the e-mail is confirmed.
 */
export const AccountRequests: CollectionConfig = {
  slug: 'account-requests',
  labels: { singular: label('admin.accountRequests.labelSingular'), plural: label('admin.accountRequests.labelPlural') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'commune', 'status', 'createdAt'],
    group: label('admin.groups.communesEtComptes'),
  },
  defaultSort: '-createdAt',
  access: {
    create: () => false,
    read: validatorOfCommuneOrStaff({ confirmedOnly: true }),
    update: validatorOfCommuneOrStaff({ confirmedOnly: true }),
    delete: staffOnly,
  },
  fields: [
    {
      name: 'name',
      label: label('admin.accountRequests.name'),
      type: 'text',
      required: true,
      maxLength: 120,
      access: { update: staffField },
    },
    {
      name: 'email',
      label: label('admin.accountRequests.email'),
      type: 'email',
      required: true,
      index: true,
      access: { update: staffField },
    },
    {
      name: 'commune',
      label: label('admin.accountRequests.commune'),
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
      access: { update: staffField },
    },
    {
      name: 'function',
      label: label('admin.accountRequests.function'),
      type: 'text',
      required: true,
      maxLength: 120,
      access: { update: staffField },
    },
    {
      name: 'requestedRole',
      label: label('admin.accountRequests.requestedRole'),
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: optionsFrom(requestableRoles),
      access: { update: staffField },
    },
    { name: 'comment', label: label('admin.accountRequests.comment'), type: 'textarea', maxLength: 1000, access: { update: staffField } },
    {
      name: 'status',
      label: label('admin.accountRequests.status'),
      type: 'select',
      required: true,
      defaultValue: 'unconfirmed',
      index: true,
      options: optionsFrom(requestStatuses),
    },
    { name: 'decisionComment', label: label('admin.accountRequests.decisionComment'), type: 'textarea', maxLength: 1000 },
    {
      name: 'decidedBy',
      label: label('admin.accountRequests.decidedBy'),
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true },
    },
    { name: 'decidedAt', label: label('admin.accountRequests.decidedAt'), type: 'date', admin: { readOnly: true } },
    { name: 'confirmedAt', label: label('admin.accountRequests.confirmedAt'), type: 'date', admin: { readOnly: true } },
    {
      name: 'account',
      label: label('admin.accountRequests.account'),
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true },
    },
    // Secrets and anti-abuse bookkeeping: never readable over the API.
    { name: 'confirmToken', type: 'text', index: true, hidden: true },
    { name: 'confirmExpiresAt', type: 'date', hidden: true },
    { name: 'ipHash', type: 'text', index: true, hidden: true },
  ],
}
