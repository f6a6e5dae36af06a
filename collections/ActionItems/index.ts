import type { CollectionConfig } from 'payload'

import { actionItemReachable, committeeWork, onACommittee } from '@/access/committees'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'
import { actionStatusKeys, committees } from '@/meetings/vocabulary'

import { guardActionItem } from './hooks/guardActionItem'

/**
 * What a committee asked someone to do (usually decided at a meeting), by when. The owner sees and closes their
 * own items; the committee and staff see and edit all of theirs. Overdue owners get a weekly reminder.
 */
export const ActionItems: CollectionConfig = {
  slug: 'action-items',
  labels: { singular: label('admin.actionItems.labelSingular'), plural: label('admin.actionItems.labelPlural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'owner', 'dueDate', 'status', 'committee'],
    group: label('admin.groups.gouvernance'),
  },
  defaultSort: 'dueDate',
  access: { read: actionItemReachable, create: onACommittee, update: actionItemReachable, delete: committeeWork },
  hooks: { beforeChange: [guardActionItem] },
  fields: [
    { name: 'title', label: label('admin.actionItems.title'), type: 'text', required: true, maxLength: 300 },
    {
      name: 'committee',
      label: label('admin.actionItems.committee'),
      type: 'relationship',
      relationTo: 'committees',
      required: true,
      index: true,
    },
    { name: 'meeting', label: label('admin.actionItems.meeting'), type: 'relationship', relationTo: 'meetings', index: true },
    { name: 'owner', label: label('admin.actionItems.owner'), type: 'relationship', relationTo: 'users', required: true, index: true },
    {
      name: 'dueDate',
      label: label('admin.actionItems.dueDate'),
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'status',
      label: label('admin.actionItems.status'),
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: localizedOptions(actionStatusKeys, 'vocab.meetings.actionStatuses'),
    },
    { name: 'measures', label: label('admin.actionItems.measures'), type: 'relationship', relationTo: 'measures', hasMany: true },
    { name: 'ownerName', label: label('admin.actionItems.ownerName'), type: 'text', maxLength: 200, ...systemField() },
    { name: 'doneAt', label: label('admin.actionItems.doneAt'), type: 'date', ...systemField() },
    { name: 'committeeSlug', type: 'select', options: Object.keys(committees), index: true, ...systemField({ hidden: true }) },
    // When the owner was last reminded of this overdue item (reminders go out at most once a week).
    { name: 'remindedAt', type: 'date', ...systemField({ hidden: true }) },
  ],
}
