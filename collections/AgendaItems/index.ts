import type { CollectionConfig } from 'payload'

import { agendaItemReadable, committeeWork, minutesField, onACommittee } from '@/access/committees'
import { httpsUrl } from '@/fields/httpsUrl'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'
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
  labels: { singular: label('admin.agendaItems.labelSingular'), plural: label('admin.agendaItems.labelPlural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'meeting', 'position', 'durationMinutes'],
    group: label('admin.groups.gouvernance'),
  },
  defaultSort: 'position',
  access: { read: agendaItemReadable, create: onACommittee, update: committeeWork, delete: committeeWork },
  hooks: { beforeChange: [fillFromMeeting] },
  endpoints: agendaItemEndpoints,
  fields: [
    {
      name: 'meeting',
      label: label('admin.agendaItems.meeting'),
      type: 'relationship',
      relationTo: 'meetings',
      required: true,
      index: true,
    },
    {
      name: 'position',
      label: label('admin.agendaItems.position'),
      type: 'number',
      min: 1,
      max: 999,
      admin: { description: label('admin.agendaItems.positionDescription') },
    },
    { name: 'title', label: label('admin.agendaItems.title'), type: 'text', required: true, maxLength: 300 },
    {
      name: 'durationMinutes',
      label: label('admin.agendaItems.durationMinutes'),
      type: 'number',
      required: true,
      defaultValue: 15,
      min: 0,
      max: 600,
    },
    { name: 'presenter', label: label('admin.agendaItems.presenter'), type: 'text', maxLength: 200 },
    { name: 'measures', label: label('admin.agendaItems.measures'), type: 'relationship', relationTo: 'measures', hasMany: true },
    {
      name: 'documents',
      label: label('admin.agendaItems.documents'),
      type: 'array',
      labels: { singular: label('admin.agendaItems.documentsSingular'), plural: label('admin.agendaItems.documentsPlural') },
      maxRows: 20,
      fields: [
        { name: 'title', label: label('admin.agendaItems.documents_title'), type: 'text', required: true, maxLength: 200 },
        { name: 'url', label: label('admin.agendaItems.documents_url'), type: 'text', required: true, maxLength: 1000, validate: httpsUrl },
      ],
    },
    {
      name: 'confidential',
      label: label('admin.agendaItems.confidential'),
      type: 'checkbox',
      defaultValue: false,
    },
    { name: 'notes', label: label('admin.agendaItems.notes'), type: 'textarea', maxLength: 10000, ...minutes },
    { name: 'decision', label: label('admin.agendaItems.decision'), type: 'textarea', maxLength: 4000, ...minutes },
    { name: 'noDecision', label: label('admin.agendaItems.noDecision'), type: 'checkbox', defaultValue: false, ...minutes },
    {
      name: 'approvesMinutesOf',
      label: label('admin.agendaItems.approvesMinutesOf'),
      type: 'relationship',
      relationTo: 'meetings',
      admin: { description: label('admin.agendaItems.approvesMinutesOfDescription') },
    },
    { name: 'priorityChange', label: label('admin.agendaItems.priorityChange'), type: 'relationship', relationTo: 'priority-changes' },
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
