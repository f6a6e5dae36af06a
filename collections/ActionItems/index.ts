import type { CollectionConfig } from 'payload'

import { actionItemReachable, committeeWork, onACommittee } from '@/access/committees'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'
import { actionStatusKeys, committees } from '@/meetings/vocabulary'

import { guardActionItem } from './hooks/guardActionItem'

/**
 * What a committee asked someone to do (usually decided at a meeting), by when. The owner sees and closes their
 * own items; the committee and staff see and edit all of theirs. Overdue owners get a weekly reminder.
 */
export const ActionItems: CollectionConfig = {
  slug: 'action-items',
  labels: { singular: 'Action', plural: 'Actions' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'owner', 'dueDate', 'status', 'committee'], group: 'Gouvernance' },
  defaultSort: 'dueDate',
  access: { read: actionItemReachable, create: onACommittee, update: actionItemReachable, delete: committeeWork },
  hooks: { beforeChange: [guardActionItem] },
  fields: [
    { name: 'title', label: 'Action', type: 'text', required: true, maxLength: 300 },
    { name: 'committee', label: 'Comité', type: 'relationship', relationTo: 'committees', required: true, index: true },
    { name: 'meeting', label: 'Décidée lors de la séance', type: 'relationship', relationTo: 'meetings', index: true },
    { name: 'owner', label: 'Responsable', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'dueDate', label: 'Échéance', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: localizedOptions(actionStatusKeys, 'vocab.meetings.actionStatuses'),
    },
    { name: 'measures', label: 'Mesures concernées', type: 'relationship', relationTo: 'measures', hasMany: true },
    { name: 'ownerName', label: 'Responsable (nom)', type: 'text', maxLength: 200, ...systemField() },
    { name: 'doneAt', label: 'Faite le', type: 'date', ...systemField() },
    { name: 'committeeSlug', type: 'select', options: Object.keys(committees), index: true, ...systemField({ hidden: true }) },
    // When the owner was last reminded of this overdue item (reminders go out at most once a week).
    { name: 'remindedAt', type: 'date', ...systemField({ hidden: true }) },
  ],
}
