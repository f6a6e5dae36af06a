import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/rules'
import { internalTable } from '@/admin/navigation'

/**
 * The e-mails sent about an event (its announcement, its cancellation notice), one row each at most: the unique
 * index is what makes "announced once" hold, whatever publishing, republishing or retried jobs do. Kept apart
 * from the event because a versioned document would carry its drafts' older values back on the next publication.
 */
export const EventMailings: CollectionConfig = {
  slug: 'event-mailings',
  labels: { singular: 'Envoi d’événement', plural: 'Envois d’événements' },
  admin: { defaultColumns: ['event', 'kind', 'recipients', 'createdAt'], group: 'Agenda', hidden: internalTable },
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['event', 'kind'], unique: true }],
  fields: [
    { name: 'event', label: 'Événement', type: 'relationship', relationTo: 'events', required: true, index: true },
    {
      name: 'kind',
      label: 'Envoi',
      type: 'select',
      required: true,
      options: [
        { value: 'announcement', label: 'Annonce' },
        { value: 'cancellation', label: 'Annulation aux inscrit·es' },
      ],
    },
    { name: 'recipients', label: 'Destinataires', type: 'number' },
  ],
}
