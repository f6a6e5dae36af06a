import type { Access, CollectionConfig } from 'payload'

import { isStaff, type AccessUser } from '@/access/roles'
import { staffOnly } from '@/access/rules'
import { registrationStatusKeys } from '@/events/vocabulary'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'

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
  labels: { singular: label('admin.registrations.labelSingular'), plural: label('admin.registrations.labelPlural') },
  admin: { defaultColumns: ['event', 'userName', 'communeName', 'status', 'attended'], group: label('admin.groups.agenda') },
  defaultSort: 'createdAt',
  access: { read: ownOrStaff, create: staffOnly, update: staffOnly, delete: staffOnly },
  indexes: [{ fields: ['event', 'user'], unique: true }],
  fields: [
    { name: 'event', label: label('admin.registrations.event'), type: 'relationship', relationTo: 'events', required: true, index: true },
    { name: 'user', label: label('admin.registrations.user'), type: 'relationship', relationTo: 'users', required: true, index: true },
    {
      name: 'status',
      label: label('admin.registrations.status'),
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      index: true,
      options: localizedOptions(registrationStatusKeys, 'vocab.events.registrationStatuses'),
    },
    { name: 'attended', label: label('admin.registrations.attended'), type: 'checkbox', defaultValue: false },
    // As they were at registration: coordinators' lists read the same after a person moves or leaves.
    { name: 'userName', label: label('admin.registrations.userName'), type: 'text', maxLength: 200, ...systemField() },
    { name: 'userEmail', label: label('admin.registrations.userEmail'), type: 'email', ...systemField() },
    { name: 'communeName', label: label('admin.registrations.communeName'), type: 'text', maxLength: 200, ...systemField() },
    { name: 'registeredAt', label: label('admin.registrations.registeredAt'), type: 'date', ...systemField() },
    { name: 'promotedAt', label: label('admin.registrations.promotedAt'), type: 'date', ...systemField() },
    // Raised by each invitation or cancellation sent to this person alone, added to the event's own SEQUENCE:
    // after an unregistration (CANCEL), registering again must send a REQUEST that calendars do not ignore.
    { name: 'calendarSequence', type: 'number', defaultValue: 0, ...systemField({ hidden: true }) },
  ],
}
