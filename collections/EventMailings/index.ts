import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/rules'
import { internalTable } from '@/admin/navigation'
import { label } from '@/i18n/labels'

/**
 * The e-mails sent about an event (its announcement, its cancellation notice), one row each at most: the unique
 * index is what makes "announced once" hold, whatever publishing, republishing or retried jobs do. Kept apart
 * from the event because a versioned document would carry its drafts' older values back on the next publication.
 */
export const EventMailings: CollectionConfig = {
  slug: 'event-mailings',
  labels: { singular: label('admin.eventMailings.labelSingular'), plural: label('admin.eventMailings.labelPlural') },
  admin: { defaultColumns: ['event', 'kind', 'recipients', 'createdAt'], group: label('admin.groups.agenda'), hidden: internalTable },
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['event', 'kind'], unique: true }],
  fields: [
    { name: 'event', label: label('admin.eventMailings.event'), type: 'relationship', relationTo: 'events', required: true, index: true },
    {
      name: 'kind',
      label: label('admin.eventMailings.kind'),
      type: 'select',
      required: true,
      options: [
        { value: 'announcement', label: label('admin.eventMailings.kindOption_announcement') },
        { value: 'cancellation', label: label('admin.eventMailings.kindOption_cancellation') },
      ],
    },
    { name: 'recipients', label: label('admin.eventMailings.recipients'), type: 'number' },
  ],
}
