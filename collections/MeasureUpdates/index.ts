import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/rules'
import { internalTable } from '@/admin/navigation'
import { localizedOptions } from '@/i18n/labels'
import { trackedMeasureFields } from '@/measures/vocabulary'

/** The history of a measure: one entry per save (status, progress, priority, texts…), written by the system only. */
export const MeasureUpdates: CollectionConfig = {
  slug: 'measure-updates',
  labels: { singular: 'Mise à jour de mesure', plural: 'Historique des mesures' },
  // "MeasureUpdate" would clash with the input type of the `updateMeasure` mutation.
  graphQL: { singularName: 'MeasureHistoryEntry', pluralName: 'MeasureHistory' },
  admin: { defaultColumns: ['measure', 'changes', 'note', 'by', 'createdAt'], group: 'Gouvernance', hidden: internalTable },
  defaultSort: '-createdAt',
  access: { read: authenticated, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'measure', label: 'Mesure', type: 'relationship', relationTo: 'measures', required: true, index: true },
    {
      // One entry per save: every field that save changed (changing state and progress together is one update).
      name: 'changes',
      label: 'Modifications',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Modification', plural: 'Modifications' },
      fields: [
        {
          name: 'field',
          label: 'Champ',
          type: 'select',
          required: true,
          options: localizedOptions(trackedMeasureFields, 'vocab.measures.fields'),
        },
        { name: 'from', label: 'Avant', type: 'textarea', maxLength: 4000 },
        { name: 'to', label: 'Après', type: 'textarea', maxLength: 4000 },
      ],
    },
    { name: 'note', label: 'Pourquoi', type: 'textarea', maxLength: 2000 },
    // Made by Relais, not by a person: a linked deliverable was published (src/measures/deliverables.ts).
    { name: 'automatic', label: 'Automatique', type: 'checkbox', defaultValue: false },
    { name: 'proposal', label: 'Proposition validée', type: 'relationship', relationTo: 'priority-changes' },
    { name: 'by', label: 'Par', type: 'relationship', relationTo: 'users' },
    // The name at the time: members read the history but cannot open user accounts.
    { name: 'byName', label: 'Par (nom)', type: 'text', maxLength: 200 },
  ],
}
