import type { CollectionConfig } from 'payload'

import { communeMemberOrStaff, ownCommuneOrStaff, staffOnly } from '@/access/rules'
import { internalTable } from '@/admin/navigation'
import { checklistStates } from '@/checklists/vocabulary'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'

import { pinToCommune } from './hooks/pinToCommune'
import { recordDoneOn } from './hooks/recordDoneOn'

/**
 * One row per commune, guide and checklist item: the commune's current answer, who gave it and when. An action done
 * (« fait ») has the day it was done and, optionally, its proof (a file private to the commune): a recurring action
 * falls due again a period after that day (src/checklists/recurrence.ts).
 */
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
  hooks: { beforeValidate: [pinToCommune, recordDoneOn] },
  fields: [
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', required: true, index: true },
    { name: 'guide', label: 'Guide', type: 'relationship', relationTo: 'guides', required: true, index: true },
    { name: 'itemKey', label: 'Action', type: 'text', required: true, maxLength: 60 },
    {
      name: 'state',
      label: 'État',
      type: 'select',
      required: true,
      options: localizedOptions(checklistStates, 'vocab.checklists.states'),
    },
    dayField('doneOn', 'Fait le', {
      admin: { description: 'Le jour où l’action a été faite (par défaut, celui de la réponse « fait »). Pas dans le futur.' },
    }),
    {
      name: 'proof',
      label: 'Preuve',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Facultatif : un procès-verbal, une liste de présence. Un fichier privé de la commune.' },
    },
    // The due date the référent was last reminded of (src/checklists/reminders.ts): once per due date.
    dayField('remindedFor', 'Rappel envoyé pour', systemField({ hidden: true })),
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
