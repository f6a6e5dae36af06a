import type { CollectionConfig } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff } from '@/access/rules'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'
import { deciderKeys } from '@/register/vocabulary'

/** The commune's decision log (steering note 003, §5): tool or service, reason, main risks, date, who decided. */
export const DigitalDecisions: CollectionConfig = {
  slug: 'digital-decisions',
  labels: { singular: label('admin.digitalDecisions.labelSingular'), plural: label('admin.digitalDecisions.labelPlural') },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['commune', 'decidedOn', 'subject', 'decidedBy'],
    group: label('admin.groups.communesEtComptes'),
  },
  defaultSort: '-decidedOn',
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: ownCommuneStewardOrStaff },
  hooks: { beforeValidate: [pinToCommuneAndAuthor], afterChange: [auditRecordChange], afterDelete: [auditRecordDelete] },
  fields: [
    {
      name: 'commune',
      label: label('admin.digitalDecisions.commune'),
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
    },
    dayField('decidedOn', label('admin.digitalDecisions.decidedOn'), { required: true }),
    { name: 'subject', label: label('admin.digitalDecisions.subject'), type: 'text', required: true, maxLength: 200 },
    { name: 'reason', label: label('admin.digitalDecisions.reason'), type: 'textarea', required: true, maxLength: 2000 },
    { name: 'risks', label: label('admin.digitalDecisions.risks'), type: 'textarea', required: true, maxLength: 2000 },
    {
      name: 'decidedBy',
      label: label('admin.digitalDecisions.decidedBy'),
      type: 'select',
      required: true,
      options: localizedOptions(deciderKeys, 'vocab.register.deciders'),
    },
    { name: 'recordedByName', label: label('admin.digitalDecisions.recordedByName'), type: 'text', ...systemField() },
  ],
}
