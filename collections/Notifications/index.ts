import type { CollectionConfig } from 'payload'

import { ownRecords } from '@/access/rules'
import { notificationKindKeys } from '@/follow/vocabulary'
import { label, localizedOptions } from '@/i18n/labels'

/**
 * One thing that changed, for one person who follows it and may read it (src/follow/events.ts), waiting for their
 * next digest (src/follow/digest.ts). Read by that person only; written by the system only. `claimedAt` and
 * `sentAt` are set in raw SQL by the digest, which claims rows atomically so that two instances never send one twice.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: label('admin.notifications.labelSingular'), plural: label('admin.notifications.labelPlural') },
  admin: { hidden: true, group: label('admin.groups.systeme') },
  defaultSort: '-createdAt',
  access: { read: ownRecords('recipient'), create: () => false, update: () => false, delete: () => false },
  // One notification per person and event, whatever the retries of the job that records them.
  indexes: [{ fields: ['recipient', 'eventKey'], unique: true }],
  fields: [
    {
      name: 'recipient',
      label: label('admin.notifications.recipient'),
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
    },
    {
      name: 'kind',
      label: label('admin.notifications.kind'),
      type: 'select',
      required: true,
      options: localizedOptions(notificationKindKeys, 'vocab.follow.kinds'),
    },
    { name: 'eventKey', label: label('admin.notifications.eventKey'), type: 'text', required: true, maxLength: 200 },
    { name: 'title', label: label('admin.notifications.title'), type: 'text', required: true, maxLength: 400 },
    { name: 'detail', label: label('admin.notifications.detail'), type: 'textarea', maxLength: 2000 },
    { name: 'url', label: label('admin.notifications.url'), type: 'text', required: true, maxLength: 400 },
    // What the notification is about, read again as the recipient when the digest leaves.
    { name: 'subjectCollection', label: label('admin.notifications.subjectCollection'), type: 'text', required: true, maxLength: 60 },
    { name: 'subjectId', label: label('admin.notifications.subjectId'), type: 'text', required: true, maxLength: 160 },
    { name: 'claimedAt', label: label('admin.notifications.claimedAt'), type: 'date', index: true },
    { name: 'sentAt', label: label('admin.notifications.sentAt'), type: 'date', index: true },
  ],
}
