import type { CollectionConfig } from 'payload'

import { publishedOrStaff, staffOnly } from '@/access/rules'
import { registrationEndpoints } from '@/events/endpoints'
import { announcementAudienceKeys, eventTypeKeys } from '@/events/vocabulary'
import { httpsUrl } from '@/fields/httpsUrl'
import { sharedFilesOnly } from '@/fields/sharedFiles'
import { systemField } from '@/fields/system'
import { audiences } from '@/guides/vocabulary'
import { localizedOptions } from '@/i18n/labels'
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
  labels: { singular: 'Événement', plural: 'Événements' },
  admin: {
    useAsTitle: 'title',
    // « Aperçu »: the page as members will see it, with the latest draft; only editors may open it.
    preview: (doc) => eventPreviewUrl(doc),
    defaultColumns: ['title', 'type', 'startsAt', 'capacity', '_status'],
    group: 'Agenda',
    description: 'Symposium, formations, webinaires et ateliers. Seuls les événements publiés sont visibles des membres.',
  },
  versions: { drafts: true, maxPerDoc: 30 },
  defaultSort: 'startsAt',
  access: { read: publishedOrStaff, readVersions: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [bumpCalendarSequence], afterChange: [queueEventMail, eventDeliverablePublished] },
  endpoints: registrationEndpoints,
  fields: [
    { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 200, localized: true },
    {
      name: 'type',
      label: 'Type',
      type: 'select',
      required: true,
      defaultValue: 'formation',
      options: localizedOptions(eventTypeKeys, 'vocab.events.types'),
    },
    { name: 'theme', label: 'Thème', type: 'text', maxLength: 120 },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: 'Début',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'dd.MM.yyyy HH:mm' } },
        },
        {
          name: 'endsAt',
          label: 'Fin',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'dd.MM.yyyy HH:mm' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) =>
            !value || !siblingData.startsAt || new Date(value as string) > new Date(siblingData.startsAt)
              ? true
              : 'La fin doit suivre le début.',
        },
      ],
    },
    { name: 'place', label: 'Lieu', type: 'text', maxLength: 200 },
    { name: 'onlineUrl', label: 'Lien en ligne', type: 'text', maxLength: 500, validate: httpsUrl },
    { name: 'summary', label: 'Résumé', type: 'textarea', required: true, maxLength: 600, localized: true },
    { name: 'description', label: 'Description', type: 'textarea', maxLength: 10000, localized: true },
    {
      name: 'programme',
      label: 'Programme et intervenant·es',
      type: 'array',
      labels: { singular: 'Séquence', plural: 'Programme' },
      fields: [
        { name: 'time', label: 'Heure', type: 'text', maxLength: 20 },
        { name: 'title', label: 'Intitulé', type: 'text', required: true, maxLength: 200 },
        { name: 'speaker', label: 'Intervenant·e', type: 'text', maxLength: 200 },
      ],
    },
    {
      name: 'audiences',
      label: 'Public cible',
      type: 'select',
      hasMany: true,
      options: localizedOptions(audiences, 'vocab.guides.audiences'),
    },
    { name: 'measures', label: 'Mesures de la stratégie', type: 'relationship', relationTo: 'measures', hasMany: true },
    { name: 'capacity', label: 'Places (vide : sans limite)', type: 'number', min: 1, max: 5000, admin: { position: 'sidebar' } },
    {
      name: 'registrationDeadline',
      label: 'Délai d’inscription',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
    },
    {
      name: 'announce',
      label: 'Annoncer par e-mail à la publication',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Une seule fois : un e-mail part à la première publication qui suit.' },
    },
    {
      name: 'announceTo',
      label: 'Destinataires de l’annonce',
      type: 'select',
      defaultValue: 'all',
      options: localizedOptions(announcementAudienceKeys, 'vocab.events.audiences'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'cancelled',
      label: 'Événement annulé',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Les inscrit·es sont prévenu·es et les agendas abonnés le retirent.' },
    },
    {
      name: 'documents',
      label: 'Documents (supports, présentations)',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      filterOptions: sharedFilesOnly,
    },
    { name: 'calendarSequence', type: 'number', defaultValue: 0, ...systemField({ hidden: true }) },
  ],
}
