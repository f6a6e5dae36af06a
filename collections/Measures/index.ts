import type { CollectionConfig } from 'payload'

import { adminOnly, authenticated, measureMaintainerField, measureMaintainers, staffField, staffOnly } from '@/access/rules'
import { eventTypeKeys } from '@/events/vocabulary'
import { dayField } from '@/fields/day'
import { label, localizedOptions } from '@/i18n/labels'
import { measureAxisKeys, measureStatusKeys, priorities } from '@/measures/vocabulary'
import { watchKindKeys } from '@/watch/kinds'

import { linkedDeliverablesPublished } from './hooks/linkedDeliverables'
import { notifyMeasureFollowers } from './hooks/notifyMeasureFollowers'
import { recordMeasureUpdates } from './hooks/recordMeasureUpdates'
import { rollUpMilestones } from './hooks/rollUpMilestones'

const staffOnlyField = { create: staffField, update: staffField }

/**
 * The prioritised measures of the strategy (ANNEXE III). Everyone reads them; COTEC members (and staff) keep
 * status and progress; priority and rank change only through a validated proposal (priority-changes), or by
 * staff; the strategy's texts, the owner, the target date and the deliverables' links are staff's. Milestones are
 * kept like the status (COTEC and staff); with milestones, the % is theirs (hooks/rollUpMilestones.ts). Every change
 * is written to measure-updates; publishing a linked deliverable moves the status (src/measures/deliverables.ts).
 */
export const Measures: CollectionConfig = {
  slug: 'measures',
  labels: { singular: label('admin.measures.labelSingular'), plural: label('admin.measures.labelPlural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'axis', 'priority', 'status', 'progress'],
    group: label('admin.groups.gouvernance'),
  },
  defaultSort: 'rank',
  access: { read: authenticated, create: staffOnly, update: measureMaintainers, delete: adminOnly },
  hooks: { beforeChange: [rollUpMilestones], afterChange: [recordMeasureUpdates, notifyMeasureFollowers, linkedDeliverablesPublished] },
  fields: [
    {
      name: 'number',
      label: label('admin.measures.number'),
      type: 'number',
      required: true,
      unique: true,
      index: true,
      min: 1,
      max: 999,
      access: staffOnlyField,
    },
    {
      name: 'title',
      localized: true,
      label: label('admin.measures.title'),
      type: 'text',
      required: true,
      maxLength: 400,
      access: staffOnlyField,
    },
    {
      name: 'axis',
      label: label('admin.measures.axis'),
      type: 'select',
      required: true,
      options: localizedOptions(measureAxisKeys, 'vocab.measures.axes'),
      access: staffOnlyField,
    },
    {
      name: 'priority',
      label: label('admin.measures.priority'),
      type: 'select',
      required: true,
      options: priorities.map((p) => ({ label: p, value: p })),
      access: staffOnlyField,
      admin: { description: label('admin.measures.priorityDescription') },
    },
    {
      name: 'rank',
      label: label('admin.measures.rank'),
      type: 'number',
      required: true,
      min: 1,
      max: 999,
      index: true,
      access: staffOnlyField,
    },
    { name: 'partners', label: label('admin.measures.partners'), type: 'textarea', maxLength: 600, access: staffOnlyField },
    { name: 'deliverable', label: label('admin.measures.deliverable'), type: 'textarea', maxLength: 600, access: staffOnlyField },
    { name: 'justification', label: label('admin.measures.justification'), type: 'textarea', maxLength: 4000, access: staffOnlyField },
    {
      name: 'status',
      label: label('admin.measures.status'),
      type: 'select',
      required: true,
      defaultValue: 'non-renseigne',
      options: localizedOptions(measureStatusKeys, 'vocab.measures.statuses'),
      access: { create: staffField, update: measureMaintainerField },
    },
    {
      name: 'progress',
      label: label('admin.measures.progress'),
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      max: 100,
      access: { create: staffField, update: measureMaintainerField },
      admin: { description: label('admin.measures.progressDescription') },
    },
    { name: 'owner', label: label('admin.measures.owner'), type: 'relationship', relationTo: 'users', access: staffOnlyField },
    dayField('targetDate', label('admin.measures.targetDate'), {
      access: staffOnlyField,
      admin: { description: label('admin.measures.targetDateDescription') },
    }),
    {
      name: 'milestones',
      label: label('admin.measures.milestones'),
      type: 'array',
      labels: { singular: label('admin.measures.milestonesSingular'), plural: label('admin.measures.milestonesPlural') },
      maxRows: 50,
      access: { create: staffField, update: measureMaintainerField },
      admin: { description: label('admin.measures.milestonesDescription') },
      fields: [
        { name: 'title', label: label('admin.measures.milestones_title'), type: 'text', required: true, maxLength: 200 },
        dayField('dueDate', label('admin.measures.milestones_dueDate')),
        { name: 'done', label: label('admin.measures.milestones_done'), type: 'checkbox', defaultValue: false },
      ],
    },
    {
      type: 'collapsible',
      label: label('admin.measures.livrablesDansRelais'),
      admin: {
        description: label('admin.measures.livrablesDansRelaisDescription'),
      },
      fields: [
        {
          name: 'deliverableGuides',
          label: label('admin.measures.deliverableGuides'),
          type: 'relationship',
          relationTo: 'guides',
          hasMany: true,
          access: staffOnlyField,
        },
        {
          name: 'deliverableTemplates',
          label: label('admin.measures.deliverableTemplates'),
          type: 'relationship',
          relationTo: 'templates',
          hasMany: true,
          access: staffOnlyField,
        },
        {
          name: 'deliverableEventTypes',
          label: label('admin.measures.deliverableEventTypes'),
          type: 'select',
          hasMany: true,
          options: localizedOptions(eventTypeKeys, 'vocab.events.types'),
          access: staffOnlyField,
        },
        {
          name: 'deliverableWatchKinds',
          label: label('admin.measures.deliverableWatchKinds'),
          type: 'select',
          hasMany: true,
          options: localizedOptions(watchKindKeys, 'vocab.watch.kinds'),
          access: staffOnlyField,
        },
      ],
    },
  ],
}
