import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { systemField } from '@/fields/system'

/** The regional catalogue of municipal processes a tool serves (contrôle des habitants, salaires…). Staff keep it. */
export const Processes: CollectionConfig = {
  slug: 'processes',
  labels: { singular: 'Processus communal', plural: 'Processus communaux' },
  admin: { useAsTitle: 'name', defaultColumns: ['position', 'name'], group: 'Cartographie' },
  defaultSort: 'position',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'key', label: 'Identifiant', type: 'text', required: true, unique: true, maxLength: 60, admin: { position: 'sidebar' } },
    { name: 'position', label: 'Ordre', type: 'number', required: true, min: 1, max: 999, admin: { position: 'sidebar' } },
    { name: 'name', label: 'Processus', type: 'text', required: true, unique: true, maxLength: 120 },
    { name: 'description', label: 'Ce qu’il couvre', type: 'textarea', maxLength: 400 },
    // The products communes use for it, one a line, kept by src/inventory/processProducts.ts for search: names only.
    { name: 'productsInUse', label: 'Produits utilisés par les communes', type: 'textarea', ...systemField() },
  ],
}
