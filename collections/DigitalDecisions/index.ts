import type { CollectionConfig } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff } from '@/access/rules'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'
import { deciderKeys } from '@/register/vocabulary'

/** The commune's decision log (steering note 003, §5): tool or service, reason, main risks, date, who decided. */
export const DigitalDecisions: CollectionConfig = {
  slug: 'digital-decisions',
  labels: { singular: 'Décision numérique', plural: 'Décisions numériques' },
  admin: { useAsTitle: 'subject', defaultColumns: ['commune', 'decidedOn', 'subject', 'decidedBy'], group: 'Communes et comptes' },
  defaultSort: '-decidedOn',
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: ownCommuneStewardOrStaff },
  hooks: { beforeValidate: [pinToCommuneAndAuthor], afterChange: [auditRecordChange], afterDelete: [auditRecordDelete] },
  fields: [
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', required: true, index: true },
    dayField('decidedOn', 'Date', { required: true }),
    { name: 'subject', label: 'Outil ou service concerné', type: 'text', required: true, maxLength: 200 },
    { name: 'reason', label: 'Motif du choix', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'risks', label: 'Principaux risques identifiés', type: 'textarea', required: true, maxLength: 2000 },
    {
      name: 'decidedBy',
      label: 'Décidé par',
      type: 'select',
      required: true,
      options: localizedOptions(deciderKeys, 'vocab.register.deciders'),
    },
    { name: 'recordedByName', label: 'Saisi par', type: 'text', ...systemField() },
  ],
}
