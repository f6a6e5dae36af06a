import type { CollectionConfig } from 'payload'

import { publishedOrStaff, staffOnly } from '@/access/rules'
import { fillChecklistKeys } from '@/checklists/itemKey'
import { recurrencePeriods } from '@/checklists/vocabulary'
import { sharedFilesOnly } from '@/fields/sharedFiles'
import { slugField } from '@/fields/slug'
import { systemField } from '@/fields/system'
import { audiences, guideThemes } from '@/guides/vocabulary'
import { label, localizedOptions } from '@/i18n/labels'
import { guidePreviewUrl } from '@/preview/urls'

import { notifyGuideFollowers, stampGuideChanges } from './hooks/followChanges'
import { guideDeliverablePublished } from './hooks/measureDeliverable'
import { stampReviser } from './hooks/stampReviser'
import { validateChecklist } from './validateChecklist'

export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: { singular: label('admin.guides.labelSingular'), plural: label('admin.guides.labelPlural') },
  admin: {
    useAsTitle: 'title',
    // « Aperçu »: the page as members will see it, with the latest draft; only editors may open it.
    preview: (doc) => guidePreviewUrl(doc),
    defaultColumns: ['title', 'theme', 'owner', 'lastReviewedAt', '_status'],
    group: label('admin.groups.contenus'),
    description: label('admin.guides.adminDescription'),
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: 'title',
  access: { read: publishedOrStaff, readVersions: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  // Followers hear of a publication that adds actions or changes the text (src/follow/).
  hooks: { beforeChange: [stampReviser, stampGuideChanges], afterChange: [notifyGuideFollowers, guideDeliverablePublished] },
  fields: [
    { name: 'title', localized: true, label: label('admin.guides.title'), type: 'text', required: true, maxLength: 160 },
    slugField(),
    {
      name: 'theme',
      label: label('admin.guides.theme'),
      type: 'select',
      required: true,
      options: localizedOptions(guideThemes, 'vocab.guides.themes'),
    },
    {
      name: 'audiences',
      label: label('admin.guides.audiences'),
      type: 'select',
      hasMany: true,
      required: true,
      options: localizedOptions(audiences, 'vocab.guides.audiences'),
    },
    { name: 'summary', localized: true, label: label('admin.guides.summary'), type: 'textarea', required: true, maxLength: 600 },
    {
      name: 'body',
      label: label('admin.guides.body'),
      type: 'richText',
      localized: true,
      admin: {
        description: label('admin.guides.bodyDescription'),
      },
    },
    {
      name: 'checklist',
      label: label('admin.guides.checklist'),
      type: 'array',
      labels: { singular: label('admin.guides.checklistSingular'), plural: label('admin.guides.checklistPlural') },
      validate: validateChecklist,
      // Empty keys are made from the label (new rows, API writes); saved keys never change (src/checklists/itemKey.ts).
      hooks: { beforeValidate: [({ value }) => fillChecklistKeys(value)] },
      admin: {
        description: label('admin.guides.checklistDescription'),
        initCollapsed: true,
        components: { RowLabel: '/src/admin/ChecklistRowLabel#ChecklistRowLabel' },
      },
      fields: [
        {
          name: 'label',
          label: label('admin.guides.checklist_label'),
          type: 'text',
          localized: true,
          required: true,
          maxLength: 240,
          admin: { description: label('admin.guides.checklist_labelDescription') },
        },
        {
          name: 'help',
          label: label('admin.guides.checklist_help'),
          type: 'textarea',
          localized: true,
          maxLength: 600,
          admin: { description: label('admin.guides.checklist_helpDescription') },
        },
        {
          name: 'recurrence',
          label: label('admin.guides.checklist_recurrence'),
          type: 'select',
          options: localizedOptions(recurrencePeriods, 'vocab.checklists.recurrence'),
          admin: {
            description: label('admin.guides.checklist_recurrenceDescription'),
          },
        },
        {
          name: 'key',
          label: label('admin.guides.checklist_key'),
          type: 'text',
          required: true,
          maxLength: 60,
          admin: {
            description: label('admin.guides.checklist_keyDescription'),
            components: { Field: '/src/admin/ChecklistKeyField#ChecklistKeyField' },
          },
        },
        {
          // When a publication added the action (« Nouveau » on the communes' checklists); set by stampGuideChanges.
          name: 'addedAt',
          type: 'date',
          ...systemField({ hidden: true, locked: false }),
        },
      ],
    },
    {
      name: 'sources',
      label: label('admin.guides.sources'),
      labels: { singular: label('admin.guides.sourcesSingular'), plural: label('admin.guides.sourcesPlural') },
      type: 'array',
      fields: [
        { name: 'title', label: label('admin.guides.sources_title'), type: 'text', required: true, maxLength: 240 },
        { name: 'publisher', label: label('admin.guides.sources_publisher'), type: 'text', maxLength: 160 },
        { name: 'url', label: label('admin.guides.sources_url'), type: 'text', maxLength: 500 },
      ],
    },
    {
      name: 'attachments',
      label: label('admin.guides.attachments'),
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      // A commune's private file (a checklist proof) is never attached to a guide every member reads.
      filterOptions: sharedFilesOnly,
    },
    {
      name: 'measureNumbers',
      label: label('admin.guides.measureNumbers'),
      type: 'number',
      hasMany: true,
      min: 1,
      max: 38,
      admin: { description: label('admin.guides.measureNumbersDescription') },
    },
    { name: 'owner', label: label('admin.guides.owner'), type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' } },
    {
      name: 'lastReviewedAt',
      label: label('admin.guides.lastReviewedAt'),
      type: 'date',
      required: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'reviewIntervalMonths',
      label: label('admin.guides.reviewIntervalMonths'),
      type: 'number',
      required: true,
      defaultValue: 12,
      min: 1,
      max: 60,
      admin: { position: 'sidebar' },
    },
    {
      name: 'changeNote',
      label: label('admin.guides.changeNote'),
      type: 'textarea',
      maxLength: 500,
      admin: {
        position: 'sidebar',
        description: label('admin.guides.changeNoteDescription'),
      },
    },
    {
      // Who saved this version (by name, as members cannot read accounts): the review history says who revised it.
      name: 'revisedByName',
      label: label('admin.guides.revisedByName'),
      type: 'text',
      ...systemField({ hidden: true }),
    },
    {
      // The revision for which the owner was reminded: the reminder goes out once per overdue revision.
      name: 'reviewReminderSentFor',
      type: 'date',
      ...systemField({ hidden: true }),
    },
  ],
}
