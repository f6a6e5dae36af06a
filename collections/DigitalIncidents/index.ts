import type { CollectionConfig } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff } from '@/access/rules'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'
import { incidentStatusKeys } from '@/register/vocabulary'

/**
 * The commune's incident log (steering note 003, §6): what happened, its impact, the actions taken, and
 * whether the executive was informed (required when services to the population or data were affected).
 */
export const DigitalIncidents: CollectionConfig = {
  slug: 'digital-incidents',
  labels: { singular: 'Incident numérique', plural: 'Incidents numériques' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['commune', 'occurredOn', 'summary', 'executiveInformed', 'status'],
    group: 'Communes et comptes',
  },
  defaultSort: '-occurredOn',
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: ownCommuneStewardOrStaff },
  hooks: { beforeValidate: [pinToCommuneAndAuthor], afterChange: [auditRecordChange], afterDelete: [auditRecordDelete] },
  fields: [
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', required: true, index: true },
    dayField('occurredOn', 'Date', { required: true }),
    { name: 'summary', label: 'Ce qui s’est passé', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'impact', label: 'Impact (prestations, données)', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'actions', label: 'Mesures prises', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'providersContacted', label: 'Prestataires contactés', type: 'checkbox', defaultValue: false },
    { name: 'executiveInformed', label: 'Exécutif informé', type: 'checkbox', defaultValue: false },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'ouvert',
      options: localizedOptions(incidentStatusKeys, 'vocab.register.incidentStatuses'),
    },
    { name: 'recordedByName', label: 'Saisi par', type: 'text', ...systemField() },
  ],
}
