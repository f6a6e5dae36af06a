import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { sharedFilesOnly } from '@/fields/sharedFiles'
import { slugField } from '@/fields/slug'
import { label, localizedOptions } from '@/i18n/labels'
import { templateCategories } from '@/templates/vocabulary'

import { templateDeliverablePublished } from './hooks/measureDeliverable'

/** Downloadable models (strategy template, steering note, job descriptions), as pages and optional files. */
export const Templates: CollectionConfig = {
  slug: 'templates',
  labels: { singular: label('admin.templates.labelSingular'), plural: label('admin.templates.labelPlural') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'category', 'updatedAt'], group: label('admin.groups.contenus') },
  defaultSort: 'title',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { afterChange: [templateDeliverablePublished] },
  fields: [
    { name: 'title', localized: true, label: label('admin.templates.title'), type: 'text', required: true, maxLength: 160 },
    slugField(),
    {
      name: 'category',
      label: label('admin.templates.category'),
      type: 'select',
      required: true,
      options: localizedOptions(templateCategories, 'vocab.templates.categories'),
    },
    { name: 'description', localized: true, label: label('admin.templates.description'), type: 'textarea', required: true, maxLength: 600 },
    {
      name: 'instructions',
      label: label('admin.templates.instructions'),
      type: 'richText',
      localized: true,
      admin: { description: label('admin.templates.instructionsDescription') },
    },
    {
      name: 'body',
      label: label('admin.templates.body'),
      type: 'richText',
      localized: true,
      admin: {
        description: label('admin.templates.bodyDescription'),
      },
    },
    { name: 'file', label: label('admin.templates.file'), type: 'upload', relationTo: 'media', filterOptions: sharedFilesOnly },
    { name: 'source', label: label('admin.templates.source'), type: 'text', maxLength: 240 },
  ],
}
