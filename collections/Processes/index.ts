import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { systemField } from '@/fields/system'
import { label } from '@/i18n/labels'

/** The regional catalogue of municipal processes a tool serves (contrôle des habitants, salaires…). Staff keep it. */
export const Processes: CollectionConfig = {
  slug: 'processes',
  labels: { singular: label('admin.processes.labelSingular'), plural: label('admin.processes.labelPlural') },
  admin: { useAsTitle: 'name', defaultColumns: ['position', 'name'], group: label('admin.groups.cartographie') },
  defaultSort: 'position',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    {
      name: 'key',
      label: label('admin.processes.key'),
      type: 'text',
      required: true,
      unique: true,
      maxLength: 60,
      admin: { position: 'sidebar' },
    },
    {
      name: 'position',
      label: label('admin.processes.position'),
      type: 'number',
      required: true,
      min: 1,
      max: 999,
      admin: { position: 'sidebar' },
    },
    { name: 'name', label: label('admin.processes.name'), type: 'text', required: true, unique: true, maxLength: 120 },
    { name: 'description', label: label('admin.processes.description'), type: 'textarea', maxLength: 400 },
    // The products communes use for it, one a line, kept by src/inventory/processProducts.ts for search: names only.
    { name: 'productsInUse', label: label('admin.processes.productsInUse'), type: 'textarea', ...systemField() },
  ],
}
