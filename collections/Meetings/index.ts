import type { CollectionConfig } from 'payload'

import { committeeWork, meetingReadable, minutesField, onACommittee } from '@/access/committees'
import { staffOnly } from '@/access/rules'
import { auditMeetingStatus, auditRecordDelete } from '@/audit/recordHooks'
import { httpsUrl } from '@/fields/httpsUrl'
import { systemField } from '@/fields/system'
import { label, localizedOptions, messageAt } from '@/i18n/labels'
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
  labels: { singular: label('admin.meetings.labelSingular'), plural: label('admin.meetings.labelPlural') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'committee', 'startsAt', 'status'], group: label('admin.groups.gouvernance') },
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
    {
      name: 'committee',
      label: label('admin.meetings.committee'),
      type: 'relationship',
      relationTo: 'committees',
      required: true,
      index: true,
    },
    {
      name: 'title',
      label: label('admin.meetings.title'),
      type: 'text',
      required: true, // The column's default: content, French like the seeded content (a schema default cannot follow the reader).
      defaultValue: messageAt('fr', 'adminMessages.meetingDefaultTitle'),
      maxLength: 200,
    },
    {
      name: 'startsAt',
      label: label('admin.meetings.startsAt'),
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'dd.MM.yyyy HH:mm' } },
    },
    {
      name: 'durationMinutes',
      label: label('admin.meetings.durationMinutes'),
      type: 'number',
      required: true,
      defaultValue: 120,
      min: 15,
      max: 720,
    },
    { name: 'place', label: label('admin.meetings.place'), type: 'text', maxLength: 200 },
    {
      name: 'onlineUrl',
      label: label('admin.meetings.onlineUrl'),
      type: 'text',
      maxLength: 500,
      validate: httpsUrl,
    },
    {
      name: 'status',
      label: label('admin.meetings.status'),
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      options: localizedOptions(meetingStatusKeys, 'vocab.meetings.statuses'),
      ...systemField(),
    },
    { name: 'attendance', label: label('admin.meetings.attendance'), type: 'textarea', maxLength: 2000, access: { read: minutesField } },
    // Set by the system: the committee's role, copied so that access rules are plain column comparisons.
    {
      name: 'committeeSlug',
      type: 'select',
      options: localizedOptions(committeeKeys, 'vocab.meetings.committees'),
      index: true,
      ...systemField({ hidden: true }),
    },
    { name: 'convenedAt', label: label('admin.meetings.convenedAt'), type: 'date', ...systemField() },
    { name: 'heldAt', label: label('admin.meetings.heldAt'), type: 'date', ...systemField() },
    { name: 'approvedAt', label: label('admin.meetings.approvedAt'), type: 'date', ...systemField() },
    { name: 'approvedIn', label: label('admin.meetings.approvedIn'), type: 'relationship', relationTo: 'meetings', ...systemField() },
    { name: 'cancellationReason', label: label('admin.meetings.cancellationReason'), type: 'textarea', maxLength: 1000, ...systemField() },
    // What members' calendars hold: the invitation's SEQUENCE and a fingerprint of what was sent.
    { name: 'calendarSequence', type: 'number', defaultValue: 0, ...systemField({ hidden: true }) },
    { name: 'sentFingerprint', type: 'text', ...systemField({ hidden: true }) },
  ],
}
