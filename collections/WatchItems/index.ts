import type { CollectionConfig, PayloadRequest } from 'payload'

import { staffOnly } from '@/access/rules'
import { adminMessage } from '@/admin/language'
import { dayField } from '@/fields/day'
import { httpsUrl } from '@/fields/httpsUrl'
import { isSlug, slugField } from '@/fields/slug'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'
import { changeWatchItems, createWatchItems, readWatchItems, staffOnlyField } from '@/watch/access'
import { watchKindKeys } from '@/watch/kinds'

import { watchItemDeliverablePublished } from './hooks/measureDeliverable'
import { announcePublication, fillSlug, stampPublication } from './hooks/publication'

/**
 * The region's watch (veille, measures 21, 23 and 24): news written by the coordination or proposed by COTEC
 * members as drafts, published by the coordination. Members read published items only, on every path.
 */
export const WatchItems: CollectionConfig = {
  slug: 'watch-items',
  labels: { singular: label('admin.watchItems.labelSingular'), plural: label('admin.watchItems.labelPlural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedAt', '_status'],
    group: label('admin.groups.contenus'),
    description: label('admin.watchItems.adminDescription'),
  },
  versions: { drafts: true, maxPerDoc: 30 },
  defaultSort: '-publishedAt',
  access: { read: readWatchItems, readVersions: staffOnly, create: createWatchItems, update: changeWatchItems, delete: changeWatchItems },
  hooks: {
    beforeValidate: [fillSlug],
    beforeChange: [stampPublication],
    afterChange: [announcePublication, watchItemDeliverablePublished],
  },
  fields: [
    { name: 'title', localized: true, label: label('admin.watchItems.title'), type: 'text', required: true, maxLength: 160 },
    {
      ...slugField(),
      // Left empty, it is made from the title before validation (hooks/publication.ts `fillSlug`).
      required: false,
      validate: (value: unknown, { req }: { req?: PayloadRequest } = {}) =>
        value == null || value === '' || isSlug(value) ? true : adminMessage(req, 'slugFormat'),
      admin: { position: 'sidebar', description: label('admin.watchItems.slugDescription') },
    },
    {
      name: 'kind',
      label: label('admin.watchItems.kind'),
      type: 'select',
      required: true,
      options: localizedOptions(watchKindKeys, 'vocab.watch.kinds'),
      index: true,
    },
    {
      name: 'summary',
      label: label('admin.watchItems.summary'),
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 600,
      admin: {
        description: label('admin.watchItems.summaryDescription'),
      },
    },
    { name: 'body', localized: true, label: label('admin.watchItems.body'), type: 'richText' },
    {
      name: 'todo',
      label: label('admin.watchItems.todo'),
      type: 'textarea',
      localized: true,
      maxLength: 1200,
      admin: { description: label('admin.watchItems.todoDescription') },
    },
    {
      name: 'sources',
      label: label('admin.watchItems.sources'),
      type: 'array',
      labels: { singular: label('admin.watchItems.sourcesSingular'), plural: label('admin.watchItems.sourcesPlural') },
      maxRows: 20,
      fields: [
        { name: 'title', label: label('admin.watchItems.sources_title'), type: 'text', required: true, maxLength: 240 },
        { name: 'url', label: label('admin.watchItems.sources_url'), type: 'text', maxLength: 500, validate: httpsUrl },
        dayField('date', label('admin.watchItems.sources_date')),
      ],
    },
    {
      name: 'measureNumbers',
      label: label('admin.watchItems.measureNumbers'),
      type: 'number',
      hasMany: true,
      min: 1,
      max: 38,
      admin: { description: label('admin.watchItems.measureNumbersDescription') },
    },
    { name: 'guides', label: label('admin.watchItems.guides'), type: 'relationship', relationTo: 'guides', hasMany: true },
    {
      name: 'products',
      label: label('admin.watchItems.products'),
      type: 'text',
      hasMany: true,
      maxLength: 120,
      admin: { description: label('admin.watchItems.productsDescription') },
    },
    {
      name: 'publishedAt',
      label: label('admin.watchItems.publishedAt'),
      type: 'date',
      index: true,
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: { position: 'sidebar', description: label('admin.watchItems.publishedAtDescription') },
    },
    {
      name: 'proposedBy',
      label: label('admin.watchItems.proposedBy'),
      type: 'relationship',
      relationTo: 'users',
      ...systemField(),
      admin: { position: 'sidebar', readOnly: true },
    },
    // The first publication, announced once to the followers (src/watch/published.ts).
    { name: 'announcedAt', type: 'date', ...systemField({ hidden: true }) },
  ],
}
