import type { CollectionConfig } from 'payload'

import { label } from '@/i18n/labels'

/**
 * What the rate limits count (src/throttle/throttle.ts): login attempts, password-reset and account-request
 * e-mails, spent form stamps. In the database so that every app process sees the same counts. Neither the address
 * typed nor the caller's IP is kept in clear: only keyed hashes. Nobody reads or writes it over the API; rows older
 * than a day are removed as new ones arrive.
 */
export const ThrottleEvents: CollectionConfig = {
  slug: 'throttle-events',
  labels: { singular: label('admin.throttleEvents.labelSingular'), plural: label('admin.throttleEvents.labelPlural') },
  admin: { hidden: true, group: label('admin.groups.systeme') },
  graphQL: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['action', 'subject'] }, { fields: ['action', 'source'] }],
  fields: [
    { name: 'action', label: label('admin.throttleEvents.action'), type: 'text', required: true },
    { name: 'subject', label: label('admin.throttleEvents.subject'), type: 'text' },
    { name: 'source', label: label('admin.throttleEvents.source'), type: 'text' },
  ],
}
