import type { Access, CollectionConfig } from 'payload'

import { isStaff, type AccessUser } from '@/access/roles'
import { staffOnly } from '@/access/rules'
import { registrationStatusKeys } from '@/events/vocabulary'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'

/** Members read their own registrations; coordinators and admins every registration. */
const ownOrStaff: Access = ({ req }) => {
  const user = req.user as AccessUser
  if (!user) return false
  return isStaff(user) ? true : { user: { equals: user.id } }
}

/**
 * One person's registration to an event. Members register and cancel through `src/events/registration.ts`
 * (POST / DELETE /api/events/:id/registration), which enforces capacity, deadline and the waiting list under a
 * lock on the event; coordinators mark attendance.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: 'Inscription', plural: 'Inscriptions' },
  admin: { defaultColumns: ['event', 'userName', 'communeName', 'status', 'attended'], group: 'Agenda' },
  defaultSort: 'createdAt',
  access: { read: ownOrStaff, create: staffOnly, update: staffOnly, delete: staffOnly },
  indexes: [{ fields: ['event', 'user'], unique: true }],
  fields: [
    { name: 'event', label: 'Événement', type: 'relationship', relationTo: 'events', required: true, index: true },
    { name: 'user', label: 'Personne', type: 'relationship', relationTo: 'users', required: true, index: true },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      index: true,
      options: localizedOptions(registrationStatusKeys, 'vocab.events.registrationStatuses'),
    },
    { name: 'attended', label: 'Présent·e', type: 'checkbox', defaultValue: false },
    // As they were at registration: coordinators' lists read the same after a person moves or leaves.
    { name: 'userName', label: 'Nom', type: 'text', maxLength: 200, ...systemField() },
    { name: 'userEmail', label: 'E-mail', type: 'email', ...systemField() },
    { name: 'communeName', label: 'Commune', type: 'text', maxLength: 200, ...systemField() },
    { name: 'registeredAt', label: 'Inscrit·e le', type: 'date', ...systemField() },
    { name: 'promotedAt', label: 'Promu·e de la liste d’attente le', type: 'date', ...systemField() },
    // Raised by each invitation or cancellation sent to this person alone, added to the event's own SEQUENCE:
    // after an unregistration (CANCEL), registering again must send a REQUEST that calendars do not ignore.
    { name: 'calendarSequence', type: 'number', defaultValue: 0, ...systemField({ hidden: true }) },
  ],
}
