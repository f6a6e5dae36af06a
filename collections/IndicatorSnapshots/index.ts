import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/rules'

/**
 * The value of every indicator of the registry (src/indicators/registry.ts) for every commune, once a month, taken
 * by the `indicatorSnapshots` job (src/indicators/snapshots.ts), so that « où en étions-nous il y a un an » has an
 * answer (src/indicators/trend.ts). Written by the system only (raw SQL, `on conflict do nothing` on the unique
 * index: one row per indicator, commune and month, even when two instances run the job); read by staff only.
 */
export const IndicatorSnapshots: CollectionConfig = {
  slug: 'indicator-snapshots',
  labels: { singular: 'Instantané d’indicateur', plural: 'Instantanés d’indicateurs' },
  admin: { group: 'Système', useAsTitle: 'month', defaultColumns: ['month', 'indicator', 'commune', 'value'] },
  defaultSort: '-month',
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['indicator', 'commune', 'month'], unique: true }],
  fields: [
    { name: 'indicator', label: 'Indicateur', type: 'text', required: true, maxLength: 80, index: true },
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', required: true, index: true },
    // The month the value stands for, « AAAA-MM » (Zurich time).
    { name: 'month', label: 'Mois', type: 'text', required: true, maxLength: 7, index: true },
    // Empty when the indicator does not apply to the commune that month.
    { name: 'value', label: 'Valeur', type: 'number' },
  ],
}
