import type { CollectionConfig } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff } from '@/access/rules'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'
import { incidentStatusKeys } from '@/register/vocabulary'

/**
 * The commune's incident log (steering note 003, §6): what happened, its impact, the actions taken, and
 * whether the executive was informed (required when services to the population or data were affected).
 */
export const DigitalIncidents: CollectionConfig = {
  slug: 'digital-incidents',
  labels: { singular: label('admin.digitalIncidents.labelSingular'), plural: label('admin.digitalIncidents.labelPlural') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['commune', 'occurredOn', 'summary', 'executiveInformed', 'status'],
    group: label('admin.groups.communesEtComptes'),
  },
  defaultSort: '-occurredOn',
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: ownCommuneStewardOrStaff },
  hooks: { beforeValidate: [pinToCommuneAndAuthor], afterChange: [auditRecordChange], afterDelete: [auditRecordDelete] },
  fields: [
    {
      name: 'commune',
      label: label('admin.digitalIncidents.commune'),
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
    },
    dayField('occurredOn', label('admin.digitalIncidents.occurredOn'), { required: true }),
    { name: 'summary', label: label('admin.digitalIncidents.summary'), type: 'textarea', required: true, maxLength: 2000 },
    { name: 'impact', label: label('admin.digitalIncidents.impact'), type: 'textarea', required: true, maxLength: 2000 },
    { name: 'actions', label: label('admin.digitalIncidents.actions'), type: 'textarea', required: true, maxLength: 2000 },
    { name: 'providersContacted', label: label('admin.digitalIncidents.providersContacted'), type: 'checkbox', defaultValue: false },
    { name: 'executiveInformed', label: label('admin.digitalIncidents.executiveInformed'), type: 'checkbox', defaultValue: false },
    {
      name: 'status',
      label: label('admin.digitalIncidents.status'),
      type: 'select',
      required: true,
      defaultValue: 'ouvert',
      options: localizedOptions(incidentStatusKeys, 'vocab.register.incidentStatuses'),
    },
    { name: 'recordedByName', label: label('admin.digitalIncidents.recordedByName'), type: 'text', ...systemField() },
  ],
}
