import type { CollectionConfig } from 'payload'

import { committeeWork, meetingReadable, minutesField, onACommittee } from '@/access/committees'
import { staffOnly } from '@/access/rules'
import { auditMeetingStatus, auditRecordDelete } from '@/audit/recordHooks'
import { httpsUrl } from '@/fields/httpsUrl'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'
import { meetingEndpoints } from '@/meetings/endpoints'
import { committeeKeys, meetingStatusKeys } from '@/meetings/vocabulary'

import { keepMeetingRecord } from './hooks/keepMeetingRecord'
import { pinMeetingCommittee } from './hooks/pinMeetingCommittee'

/**
 * A committee meeting (séance). Its agenda items are their own collection (`agenda-items`), so that access rules
 * can hide a confidential item, or a draft, row by row on every path. The status only changes through the
 * transitions in `src/meetings/transitions.ts` (POST /api/meetings/:id/transition), which send the convocation.
 */
export const Meetings: CollectionConfig = {
  slug: 'meetings',
  labels: { singular: 'Séance', plural: 'Séances' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'committee', 'startsAt', 'status'], group: 'Gouvernance' },
  defaultSort: '-startsAt',
  access: { read: meetingReadable, create: onACommittee, update: committeeWork, delete: staffOnly },
  hooks: {
    beforeChange: [pinMeetingCommittee],
    afterChange: [auditMeetingStatus],
    beforeDelete: [keepMeetingRecord],
    afterDelete: [auditRecordDelete],
  },
  endpoints: meetingEndpoints,
  fields: [
    { name: 'committee', label: 'Comité', type: 'relationship', relationTo: 'committees', required: true, index: true },
    { name: 'title', label: 'Titre', type: 'text', required: true, defaultValue: 'Séance ordinaire', maxLength: 200 },
    {
      name: 'startsAt',
      label: 'Début',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'dd.MM.yyyy HH:mm' } },
    },
    { name: 'durationMinutes', label: 'Durée (minutes)', type: 'number', required: true, defaultValue: 120, min: 15, max: 720 },
    { name: 'place', label: 'Lieu', type: 'text', maxLength: 200 },
    {
      name: 'onlineUrl',
      label: 'Lien de visioconférence',
      type: 'text',
      maxLength: 500,
      validate: httpsUrl,
    },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      options: localizedOptions(meetingStatusKeys, 'vocab.meetings.statuses'),
      ...systemField(),
    },
    { name: 'attendance', label: 'Présences (présents, excusés)', type: 'textarea', maxLength: 2000, access: { read: minutesField } },
    // Set by the system: the committee's role, copied so that access rules are plain column comparisons.
    {
      name: 'committeeSlug',
      type: 'select',
      options: localizedOptions(committeeKeys, 'vocab.meetings.committees'),
      index: true,
      ...systemField({ hidden: true }),
    },
    { name: 'convenedAt', label: 'Convoquée le', type: 'date', ...systemField() },
    { name: 'heldAt', label: 'Close le', type: 'date', ...systemField() },
    { name: 'approvedAt', label: 'Procès-verbal approuvé le', type: 'date', ...systemField() },
    { name: 'approvedIn', label: 'Approuvé lors de la séance', type: 'relationship', relationTo: 'meetings', ...systemField() },
    { name: 'cancellationReason', label: 'Motif de l’annulation', type: 'textarea', maxLength: 1000, ...systemField() },
    // What members' calendars hold: the invitation's SEQUENCE and a fingerprint of what was sent.
    { name: 'calendarSequence', type: 'number', defaultValue: 0, ...systemField({ hidden: true }) },
    { name: 'sentFingerprint', type: 'text', ...systemField({ hidden: true }) },
  ],
}
