import type { CollectionConfig } from 'payload'

import { adminOnly, authenticated, measureMaintainerField, measureMaintainers, staffField, staffOnly } from '@/access/rules'
import { optionsFrom } from '@/fields/options'
import { measureAxes, measureStatuses, priorities } from '@/measures/vocabulary'

import { notifyMeasureFollowers } from './hooks/notifyMeasureFollowers'
import { recordMeasureUpdates } from './hooks/recordMeasureUpdates'

const staffOnlyField = { create: staffField, update: staffField }

/**
 * The prioritised measures of the strategy (ANNEXE III). Everyone reads them; COTEC members (and staff) keep
 * status and progress; priority and rank change only through a validated proposal (priority-changes), or by
 * staff; the strategy's texts are staff's. Every change is written to measure-updates.
 */
export const Measures: CollectionConfig = {
  slug: 'measures',
  labels: { singular: 'Mesure', plural: 'Mesures' },
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title', 'axis', 'priority', 'status', 'progress'], group: 'Gouvernance' },
  defaultSort: 'rank',
  access: { read: authenticated, create: staffOnly, update: measureMaintainers, delete: adminOnly },
  hooks: { afterChange: [recordMeasureUpdates, notifyMeasureFollowers] },
  fields: [
    {
      name: 'number',
      label: 'Numéro',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      min: 1,
      max: 999,
      access: staffOnlyField,
    },
    { name: 'title', label: 'Mesure', type: 'text', required: true, maxLength: 400, access: staffOnlyField },
    { name: 'axis', label: 'Axe', type: 'select', required: true, options: optionsFrom(measureAxes), access: staffOnlyField },
    {
      name: 'priority',
      label: 'Priorité',
      type: 'select',
      required: true,
      options: priorities.map((p) => ({ label: p, value: p })),
      access: staffOnlyField,
      admin: { description: 'Change par une proposition du COTEC validée par le Comité (Mesures → Propositions).' },
    },
    {
      name: 'rank',
      label: 'Rang dans la liste ordonnée',
      type: 'number',
      required: true,
      min: 1,
      max: 999,
      index: true,
      access: staffOnlyField,
    },
    { name: 'partners', label: 'Existant / partenaires', type: 'textarea', maxLength: 600, access: staffOnlyField },
    { name: 'deliverable', label: 'Livrable', type: 'textarea', maxLength: 600, access: staffOnlyField },
    { name: 'justification', label: 'Justificatif / descriptif détaillé', type: 'textarea', maxLength: 4000, access: staffOnlyField },
    {
      name: 'status',
      label: 'État',
      type: 'select',
      required: true,
      defaultValue: 'a-lancer',
      options: optionsFrom(measureStatuses),
      access: { create: staffField, update: measureMaintainerField },
    },
    {
      name: 'progress',
      label: 'Avancement (%)',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      max: 100,
      access: { create: staffField, update: measureMaintainerField },
    },
    { name: 'owner', label: 'Responsable', type: 'relationship', relationTo: 'users', access: staffOnlyField },
  ],
}
