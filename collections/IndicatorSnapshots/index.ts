import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/rules'
import { label } from '@/i18n/labels'

/**
 * The value of every indicator of the registry (src/indicators/registry.ts) for every commune, once a month, taken
 * by the `indicatorSnapshots` job (src/indicators/snapshots.ts), so that « où en étions-nous il y a un an » has an
 * answer (src/indicators/trend.ts). Written by the system only (raw SQL, `on conflict do nothing` on the unique
 * index: one row per indicator, commune and month, even when two instances run the job); read by staff only.
 */
export const IndicatorSnapshots: CollectionConfig = {
  slug: 'indicator-snapshots',
  labels: { singular: label('admin.indicatorSnapshots.labelSingular'), plural: label('admin.indicatorSnapshots.labelPlural') },
  admin: { group: label('admin.groups.systeme'), useAsTitle: 'month', defaultColumns: ['month', 'indicator', 'commune', 'value'] },
  defaultSort: '-month',
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['indicator', 'commune', 'month'], unique: true }],
  fields: [
    { name: 'indicator', label: label('admin.indicatorSnapshots.indicator'), type: 'text', required: true, maxLength: 80, index: true },
    {
      name: 'commune',
      label: label('admin.indicatorSnapshots.commune'),
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
    },
    // The month the value stands for, « AAAA-MM » (Zurich time).
    { name: 'month', label: label('admin.indicatorSnapshots.month'), type: 'text', required: true, maxLength: 7, index: true },
    // Empty when the indicator does not apply to the commune that month.
    { name: 'value', label: label('admin.indicatorSnapshots.value'), type: 'number' },
  ],
}
