import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/rules'
import { internalTable } from '@/admin/navigation'
import { label, localizedOptions } from '@/i18n/labels'
import { trackedMeasureFields } from '@/measures/vocabulary'

/** The history of a measure: one entry per save (status, progress, priority, texts…), written by the system only. */
export const MeasureUpdates: CollectionConfig = {
  slug: 'measure-updates',
  labels: { singular: label('admin.measureUpdates.labelSingular'), plural: label('admin.measureUpdates.labelPlural') },
  // "MeasureUpdate" would clash with the input type of the `updateMeasure` mutation.
  graphQL: { singularName: 'MeasureHistoryEntry', pluralName: 'MeasureHistory' },
  admin: {
    defaultColumns: ['measure', 'changes', 'note', 'by', 'createdAt'],
    group: label('admin.groups.gouvernance'),
    hidden: internalTable,
  },
  defaultSort: '-createdAt',
  access: { read: authenticated, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'measure',
      label: label('admin.measureUpdates.measure'),
      type: 'relationship',
      relationTo: 'measures',
      required: true,
      index: true,
    },
    {
      // One entry per save: every field that save changed (changing state and progress together is one update).
      name: 'changes',
      label: label('admin.measureUpdates.changes'),
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: label('admin.measureUpdates.changesSingular'), plural: label('admin.measureUpdates.changesPlural') },
      fields: [
        {
          name: 'field',
          label: label('admin.measureUpdates.changes_field'),
          type: 'select',
          required: true,
          options: localizedOptions(trackedMeasureFields, 'vocab.measures.fields'),
        },
        { name: 'from', label: label('admin.measureUpdates.changes_from'), type: 'textarea', maxLength: 4000 },
        { name: 'to', label: label('admin.measureUpdates.changes_to'), type: 'textarea', maxLength: 4000 },
      ],
    },
    { name: 'note', label: label('admin.measureUpdates.note'), type: 'textarea', maxLength: 2000 },
    // Made by Relais, not by a person: a linked deliverable was published (src/measures/deliverables.ts).
    { name: 'automatic', label: label('admin.measureUpdates.automatic'), type: 'checkbox', defaultValue: false },
    { name: 'proposal', label: label('admin.measureUpdates.proposal'), type: 'relationship', relationTo: 'priority-changes' },
    { name: 'by', label: label('admin.measureUpdates.by'), type: 'relationship', relationTo: 'users' },
    // The name at the time: members read the history but cannot open user accounts.
    { name: 'byName', label: label('admin.measureUpdates.byName'), type: 'text', maxLength: 200 },
  ],
}
