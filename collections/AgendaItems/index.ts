import type { CollectionConfig } from 'payload'

import { agendaItemReadable, committeeWork, minutesField, onACommittee } from '@/access/committees'
import { httpsUrl } from '@/fields/httpsUrl'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'
import { agendaItemEndpoints } from '@/meetings/itemEndpoints'
import { committees, meetingStatusKeys } from '@/meetings/vocabulary'

import { fillFromMeeting } from './hooks/fillFromMeeting'

const minutes = { access: { read: minutesField } } as const

/**
 * One point of a meeting's agenda, with its minutes and decision. Confidential points, and every point of a draft
 * (planned) meeting, are read by the committee only; minutes by every member once approved (`minutesField`).
 */
export const AgendaItems: CollectionConfig = {
  slug: 'agenda-items',
  labels: { singular: 'Point de l’ordre du jour', plural: 'Points de l’ordre du jour' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'meeting', 'position', 'durationMinutes'], group: 'Gouvernance' },
  defaultSort: 'position',
  access: { read: agendaItemReadable, create: onACommittee, update: committeeWork, delete: committeeWork },
  hooks: { beforeChange: [fillFromMeeting] },
  endpoints: agendaItemEndpoints,
  fields: [
    { name: 'meeting', label: 'Séance', type: 'relationship', relationTo: 'meetings', required: true, index: true },
    {
      name: 'position',
      label: 'Ordre',
      type: 'number',
      min: 1,
      max: 999,
      admin: { description: 'Laissé vide : à la fin de l’ordre du jour.' },
    },
    { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 300 },
    { name: 'durationMinutes', label: 'Durée (minutes)', type: 'number', required: true, defaultValue: 15, min: 0, max: 600 },
    { name: 'presenter', label: 'Présenté par', type: 'text', maxLength: 200 },
    { name: 'measures', label: 'Mesures concernées', type: 'relationship', relationTo: 'measures', hasMany: true },
    {
      name: 'documents',
      label: 'Documents',
      type: 'array',
      labels: { singular: 'Document', plural: 'Documents' },
      maxRows: 20,
      fields: [
        { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 200 },
        { name: 'url', label: 'Lien', type: 'text', required: true, maxLength: 1000, validate: httpsUrl },
      ],
    },
    {
      name: 'confidential',
      label: 'Confidentiel (comité, coordination et administration seulement)',
      type: 'checkbox',
      defaultValue: false,
    },
    { name: 'notes', label: 'Procès-verbal du point', type: 'textarea', maxLength: 10000, ...minutes },
    { name: 'decision', label: 'Décision', type: 'textarea', maxLength: 4000, ...minutes },
    { name: 'noDecision', label: 'Pas de décision', type: 'checkbox', defaultValue: false, ...minutes },
    {
      name: 'approvesMinutesOf',
      label: 'Approuve le procès-verbal de la séance',
      type: 'relationship',
      relationTo: 'meetings',
      admin: { description: 'Une séance tenue, antérieure, du même comité.' },
    },
    { name: 'priorityChange', label: 'Proposition de priorité à décider', type: 'relationship', relationTo: 'priority-changes' },
    // Copied from the meeting by fillFromMeeting, so that access rules are plain column comparisons.
    { name: 'committeeSlug', type: 'select', options: Object.keys(committees), index: true, ...systemField({ hidden: true }) },
    {
      name: 'meetingStatus',
      type: 'select',
      options: localizedOptions(meetingStatusKeys, 'vocab.meetings.statuses'),
      index: true,
      ...systemField({ hidden: true }),
    },
  ],
}
