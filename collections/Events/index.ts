import type { CollectionConfig, PayloadRequest } from 'payload'

import { publishedOrStaff, staffOnly } from '@/access/rules'
import { adminMessage } from '@/admin/language'
import { registrationEndpoints } from '@/events/endpoints'
import { announcementAudienceKeys, eventTypeKeys } from '@/events/vocabulary'
import { httpsUrl } from '@/fields/httpsUrl'
import { sharedFilesOnly } from '@/fields/sharedFiles'
import { systemField } from '@/fields/system'
import { audiences } from '@/guides/vocabulary'
import { label, localizedOptions } from '@/i18n/labels'
import { eventPreviewUrl } from '@/preview/urls'

import { bumpCalendarSequence } from './hooks/bumpCalendarSequence'
import { eventDeliverablePublished } from './hooks/measureDeliverable'
import { queueEventMail } from './hooks/queueEventMail'

/**
 * The symposium, trainings, webinars and workshops that coordinators publish (drafts first). Registrations are
 * their own collection; the calendar SEQUENCE rises whenever what a calendar shows changes, so that subscribed
 * calendars and attached invitations update.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: label('admin.events.labelSingular'), plural: label('admin.events.labelPlural') },
  admin: {
    useAsTitle: 'title',
    // « Aperçu »: the page as members will see it, with the latest draft; only editors may open it.
    preview: (doc) => eventPreviewUrl(doc),
    defaultColumns: ['title', 'type', 'startsAt', 'capacity', '_status'],
    group: label('admin.groups.agenda'),
    description: label('admin.events.adminDescription'),
  },
  versions: { drafts: true, maxPerDoc: 30 },
  defaultSort: 'startsAt',
  access: { read: publishedOrStaff, readVersions: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [bumpCalendarSequence], afterChange: [queueEventMail, eventDeliverablePublished] },
  endpoints: registrationEndpoints,
  fields: [
    { name: 'title', localized: true, label: label('admin.events.title'), type: 'text', required: true, maxLength: 200 },
    {
      name: 'type',
      label: label('admin.events.type'),
      type: 'select',
      required: true,
      defaultValue: 'formation',
      options: localizedOptions(eventTypeKeys, 'vocab.events.types'),
    },
    { name: 'theme', label: label('admin.events.theme'), type: 'text', maxLength: 120 },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: label('admin.events.startsAt'),
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'dd.MM.yyyy HH:mm' } },
        },
        {
          name: 'endsAt',
          label: label('admin.events.endsAt'),
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'dd.MM.yyyy HH:mm' } },
          validate: (value: unknown, { siblingData, req }: { siblingData: { startsAt?: string }; req?: PayloadRequest }) =>
            !value || !siblingData.startsAt || new Date(value as string) > new Date(siblingData.startsAt)
              ? true
              : adminMessage(req, 'endAfterStart'),
        },
      ],
    },
    { name: 'place', label: label('admin.events.place'), type: 'text', maxLength: 200 },
    { name: 'onlineUrl', label: label('admin.events.onlineUrl'), type: 'text', maxLength: 500, validate: httpsUrl },
    { name: 'summary', localized: true, label: label('admin.events.summary'), type: 'textarea', required: true, maxLength: 600 },
    { name: 'description', localized: true, label: label('admin.events.description'), type: 'textarea', maxLength: 10000 },
    {
      name: 'programme',
      label: label('admin.events.programme'),
      type: 'array',
      labels: { singular: label('admin.events.programmeSingular'), plural: label('admin.events.programmePlural') },
      fields: [
        { name: 'time', label: label('admin.events.programme_time'), type: 'text', maxLength: 20 },
        { name: 'title', label: label('admin.events.programme_title'), type: 'text', required: true, maxLength: 200 },
        { name: 'speaker', label: label('admin.events.programme_speaker'), type: 'text', maxLength: 200 },
      ],
    },
    {
      name: 'audiences',
      label: label('admin.events.audiences'),
      type: 'select',
      hasMany: true,
      options: localizedOptions(audiences, 'vocab.guides.audiences'),
    },
    { name: 'measures', label: label('admin.events.measures'), type: 'relationship', relationTo: 'measures', hasMany: true },
    { name: 'capacity', label: label('admin.events.capacity'), type: 'number', min: 1, max: 5000, admin: { position: 'sidebar' } },
    {
      name: 'registrationDeadline',
      label: label('admin.events.registrationDeadline'),
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
    },
    {
      name: 'announce',
      label: label('admin.events.announce'),
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: label('admin.events.announceDescription') },
    },
    {
      name: 'announceTo',
      label: label('admin.events.announceTo'),
      type: 'select',
      defaultValue: 'all',
      options: localizedOptions(announcementAudienceKeys, 'vocab.events.audiences'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'cancelled',
      label: label('admin.events.cancelled'),
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: label('admin.events.cancelledDescription') },
    },
    {
      name: 'documents',
      label: label('admin.events.documents'),
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      filterOptions: sharedFilesOnly,
    },
    { name: 'calendarSequence', type: 'number', defaultValue: 0, ...systemField({ hidden: true }) },
  ],
}
