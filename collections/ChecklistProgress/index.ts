import type { CollectionConfig } from 'payload'

import { communeMemberOrStaff, ownCommuneOrStaff, staffOnly } from '@/access/rules'
import { internalTable } from '@/admin/navigation'
import { checklistStates } from '@/checklists/vocabulary'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'

import { pinToCommune } from './hooks/pinToCommune'
import { recordDoneOn } from './hooks/recordDoneOn'

/**
 * One row per commune, guide and checklist item: the commune's current answer, who gave it and when. An action done
 * (« fait ») has the day it was done and, optionally, its proof (a file private to the commune): a recurring action
 * falls due again a period after that day (src/checklists/recurrence.ts).
 */
export const ChecklistProgress: CollectionConfig = {
  slug: 'checklist-progress',
  labels: { singular: label('admin.checklistProgress.labelSingular'), plural: label('admin.checklistProgress.labelPlural') },
  admin: {
    group: label('admin.groups.communesEtComptes'),
    hidden: internalTable,
    defaultColumns: ['commune', 'guide', 'itemKey', 'state', 'updatedBy', 'updatedAt'],
  },
  access: { read: ownCommuneOrStaff, create: communeMemberOrStaff, update: ownCommuneOrStaff, delete: staffOnly },
  indexes: [{ fields: ['commune', 'guide', 'itemKey'], unique: true }],
  hooks: { beforeValidate: [pinToCommune, recordDoneOn] },
  fields: [
    {
      name: 'commune',
      label: label('admin.checklistProgress.commune'),
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
    },
    {
      name: 'guide',
      label: label('admin.checklistProgress.guide'),
      type: 'relationship',
      relationTo: 'guides',
      required: true,
      index: true,
    },
    { name: 'itemKey', label: label('admin.checklistProgress.itemKey'), type: 'text', required: true, maxLength: 60 },
    {
      name: 'state',
      label: label('admin.checklistProgress.state'),
      type: 'select',
      required: true,
      options: localizedOptions(checklistStates, 'vocab.checklists.states'),
    },
    dayField('doneOn', label('admin.checklistProgress.doneOn'), {
      admin: { description: label('admin.checklistProgress.doneOnDescription') },
    }),
    {
      name: 'proof',
      label: label('admin.checklistProgress.proof'),
      type: 'upload',
      relationTo: 'media',
      admin: { description: label('admin.checklistProgress.proofDescription') },
    },
    // The due date the référent was last reminded of (src/checklists/reminders.ts): once per due date.
    dayField('remindedFor', label('admin.checklistProgress.remindedFor'), systemField({ hidden: true })),
    {
      name: 'updatedBy',
      label: label('admin.checklistProgress.updatedBy'),
      type: 'relationship',
      relationTo: 'users',
      // Always overwritten with the acting user by pinToCommune, so it cannot be spoofed.
      admin: { readOnly: true },
    },
  ],
}
