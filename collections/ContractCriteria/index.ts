import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { label } from '@/i18n/labels'

/** The key points a commune checks in a contract with an IT provider (measure 11). Staff keep the list. */
export const ContractCriteria: CollectionConfig = {
  slug: 'contract-criteria',
  labels: { singular: label('admin.contractCriteria.labelSingular'), plural: label('admin.contractCriteria.labelPlural') },
  admin: { useAsTitle: 'title', defaultColumns: ['position', 'title'], group: label('admin.groups.contenus') },
  defaultSort: 'position',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    {
      name: 'key',
      label: label('admin.contractCriteria.key'),
      type: 'text',
      required: true,
      unique: true,
      maxLength: 60,
      admin: { position: 'sidebar' },
    },
    {
      name: 'position',
      label: label('admin.contractCriteria.position'),
      type: 'number',
      required: true,
      min: 1,
      max: 999,
      admin: { position: 'sidebar' },
    },
    { name: 'title', label: label('admin.contractCriteria.title'), type: 'text', required: true, maxLength: 160 },
    { name: 'question', label: label('admin.contractCriteria.question'), type: 'textarea', required: true, maxLength: 400 },
    { name: 'why', label: label('admin.contractCriteria.why'), type: 'textarea', required: true, maxLength: 1200 },
    { name: 'advice', label: label('admin.contractCriteria.advice'), type: 'textarea', required: true, maxLength: 1200 },
  ],
}
