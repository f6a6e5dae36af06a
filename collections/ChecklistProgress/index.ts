import type { CollectionConfig } from 'payload'

import { communeMemberOrStaff, ownCommuneOrStaff, staffOnly } from '@/access/rules'
import { internalTable } from '@/admin/navigation'
import { checklistStates } from '@/checklists/vocabulary'
import { optionsFrom } from '@/fields/options'

import { pinToCommune } from './hooks/pinToCommune'

/** One row per commune, guide and checklist item: the commune's current answer, who gave it and when. */
export const ChecklistProgress: CollectionConfig = {
  slug: 'checklist-progress',
  labels: { singular: 'Réponse de checklist', plural: 'Réponses de checklist' },
  admin: {
    group: 'Communes et comptes',
    hidden: internalTable,
    defaultColumns: ['commune', 'guide', 'itemKey', 'state', 'updatedBy', 'updatedAt'],
  },
  access: { read: ownCommuneOrStaff, create: communeMemberOrStaff, update: ownCommuneOrStaff, delete: staffOnly },
  indexes: [{ fields: ['commune', 'guide', 'itemKey'], unique: true }],
  hooks: { beforeValidate: [pinToCommune] },
  fields: [
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', required: true, index: true },
    { name: 'guide', label: 'Guide', type: 'relationship', relationTo: 'guides', required: true, index: true },
    { name: 'itemKey', label: 'Action', type: 'text', required: true, maxLength: 60 },
    {
      name: 'state',
      label: 'État',
      type: 'select',
      required: true,
      options: optionsFrom(checklistStates),
    },
    {
      name: 'updatedBy',
      label: 'Modifié par',
      type: 'relationship',
      relationTo: 'users',
      // Always overwritten with the acting user by pinToCommune, so it cannot be spoofed.
      admin: { readOnly: true },
    },
  ],
}
