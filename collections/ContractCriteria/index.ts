import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'

/** The key points a commune checks in a contract with an IT provider (measure 11). Staff keep the list. */
export const ContractCriteria: CollectionConfig = {
  slug: 'contract-criteria',
  labels: { singular: 'Point de contrôle de contrat', plural: 'Points de contrôle de contrat' },
  admin: { useAsTitle: 'title', defaultColumns: ['position', 'title'], group: 'Contenus' },
  defaultSort: 'position',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'key', label: 'Identifiant', type: 'text', required: true, unique: true, maxLength: 60, admin: { position: 'sidebar' } },
    { name: 'position', label: 'Ordre', type: 'number', required: true, min: 1, max: 999, admin: { position: 'sidebar' } },
    { name: 'title', label: 'Point', type: 'text', required: true, maxLength: 160 },
    { name: 'question', label: 'Question à se poser', type: 'textarea', required: true, maxLength: 400 },
    { name: 'why', label: 'Pourquoi c’est important', type: 'textarea', required: true, maxLength: 1200 },
    { name: 'advice', label: 'Que faire si le contrat ne le prévoit pas', type: 'textarea', required: true, maxLength: 1200 },
  ],
}
