import type { CollectionConfig } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff } from '@/access/rules'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { contractAnswerKeys } from '@/contracts/vocabulary'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'

import { setNoticeDeadline } from './hooks/setNoticeDeadline'
import { providerField } from './providerField'
import { validateAnswers } from './validateAnswers'

const afterStart = (value: unknown, { siblingData }: { siblingData: { startDate?: string | null } }) =>
  !value || !siblingData.startDate || new Date(value as string) > new Date(siblingData.startDate)
    ? true
    : 'L’échéance doit suivre le début du contrat.'

/**
 * A commune's contracts with IT providers and its answers to the contract checklist (measure 11). Private to the
 * commune and the coordination; kept by the commune's secretary or référent numérique.
 */
export const Contracts: CollectionConfig = {
  slug: 'contracts',
  labels: { singular: 'Contrat informatique', plural: 'Contrats informatiques' },
  admin: { useAsTitle: 'service', defaultColumns: ['commune', 'provider', 'service', 'noticeDeadline'], group: 'Communes et comptes' },
  defaultSort: 'noticeDeadline',
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: ownCommuneStewardOrStaff },
  hooks: {
    beforeValidate: [pinToCommuneAndAuthor],
    beforeChange: [setNoticeDeadline],
    afterChange: [auditRecordChange],
    afterDelete: [auditRecordDelete],
  },
  fields: [
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', required: true, index: true },
    providerField,
    { name: 'service', label: 'Prestation ou logiciel', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        dayField('startDate', 'Début du contrat'),
        dayField('termEndsOn', 'Échéance (fin ou prochain renouvellement)', { validate: afterStart as never }),
        { name: 'noticeMonths', label: 'Préavis de résiliation (mois)', type: 'number', min: 0, max: 36, defaultValue: 0 },
      ],
    },
    { name: 'autoRenewal', label: 'Reconduction tacite', type: 'checkbox', defaultValue: false },
    dayField('noticeDeadline', 'Dernier jour pour résilier', { ...systemField(), index: true }),
    { name: 'notes', label: 'Remarques', type: 'textarea', maxLength: 2000 },
    {
      name: 'answers',
      label: 'Réponses à la checklist',
      type: 'array',
      maxRows: 60,
      validate: validateAnswers as never,
      labels: { singular: 'Réponse', plural: 'Réponses' },
      fields: [
        { name: 'criterion', label: 'Point de contrôle', type: 'relationship', relationTo: 'contract-criteria', required: true },
        {
          name: 'answer',
          label: 'Réponse',
          type: 'select',
          required: true,
          options: localizedOptions(contractAnswerKeys, 'vocab.contracts.answers'),
        },
        { name: 'note', label: 'Précision', type: 'text', maxLength: 500 },
      ],
    },
    { name: 'recordedByName', label: 'Saisi par', type: 'text', ...systemField() },
    // The notice deadline the référent was last reminded of: one reminder per deadline.
    dayField('noticeReminderSentFor', 'Rappel envoyé pour', systemField({ hidden: true })),
  ],
}
