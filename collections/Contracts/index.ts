import type { CollectionConfig, PayloadRequest } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff } from '@/access/rules'
import { adminMessage } from '@/admin/language'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { contractAnswerKeys } from '@/contracts/vocabulary'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'

import { setNoticeDeadline } from './hooks/setNoticeDeadline'
import { providerField } from './providerField'
import { validateAnswers } from './validateAnswers'

const afterStart = (value: unknown, { siblingData, req }: { siblingData: { startDate?: string | null }; req?: PayloadRequest }) =>
  !value || !siblingData.startDate || new Date(value as string) > new Date(siblingData.startDate)
    ? true
    : adminMessage(req, 'termEndsAfterStart')

/**
 * A commune's contracts with IT providers and its answers to the contract checklist (measure 11). Private to the
 * commune and the coordination; kept by the commune's secretary or référent numérique.
 */
export const Contracts: CollectionConfig = {
  slug: 'contracts',
  labels: { singular: label('admin.contracts.labelSingular'), plural: label('admin.contracts.labelPlural') },
  admin: {
    useAsTitle: 'service',
    defaultColumns: ['commune', 'provider', 'service', 'noticeDeadline'],
    group: label('admin.groups.communesEtComptes'),
  },
  defaultSort: 'noticeDeadline',
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: ownCommuneStewardOrStaff },
  hooks: {
    beforeValidate: [pinToCommuneAndAuthor],
    beforeChange: [setNoticeDeadline],
    afterChange: [auditRecordChange],
    afterDelete: [auditRecordDelete],
  },
  fields: [
    { name: 'commune', label: label('admin.contracts.commune'), type: 'relationship', relationTo: 'communes', required: true, index: true },
    providerField,
    { name: 'service', label: label('admin.contracts.service'), type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        dayField('startDate', label('admin.contracts.startDate')),
        dayField('termEndsOn', label('admin.contracts.termEndsOn'), { validate: afterStart as never }),
        { name: 'noticeMonths', label: label('admin.contracts.noticeMonths'), type: 'number', min: 0, max: 36, defaultValue: 0 },
      ],
    },
    { name: 'autoRenewal', label: label('admin.contracts.autoRenewal'), type: 'checkbox', defaultValue: false },
    dayField('noticeDeadline', label('admin.contracts.noticeDeadline'), { ...systemField(), index: true }),
    { name: 'notes', label: label('admin.contracts.notes'), type: 'textarea', maxLength: 2000 },
    {
      name: 'answers',
      label: label('admin.contracts.answers'),
      type: 'array',
      maxRows: 60,
      validate: validateAnswers as never,
      labels: { singular: label('admin.contracts.answersSingular'), plural: label('admin.contracts.answersPlural') },
      fields: [
        {
          name: 'criterion',
          label: label('admin.contracts.answers_criterion'),
          type: 'relationship',
          relationTo: 'contract-criteria',
          required: true,
        },
        {
          name: 'answer',
          label: label('admin.contracts.answers_answer'),
          type: 'select',
          required: true,
          options: localizedOptions(contractAnswerKeys, 'vocab.contracts.answers'),
        },
        { name: 'note', label: label('admin.contracts.answers_note'), type: 'text', maxLength: 500 },
      ],
    },
    { name: 'recordedByName', label: label('admin.contracts.recordedByName'), type: 'text', ...systemField() },
    // The notice deadline the référent was last reminded of: one reminder per deadline.
    dayField('noticeReminderSentFor', label('admin.contracts.noticeReminderSentFor'), systemField({ hidden: true })),
  ],
}
