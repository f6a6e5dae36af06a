import type { Field, FieldAccess } from 'payload'

import { nobody } from '@/access/rules'
import { digestFrequencyKeys, notificationKindKeys } from '@/follow/vocabulary'
import { label, localizedOptions } from '@/i18n/labels'

/** The person's own choice: only they read it; /compte/notifications and the unsubscribe links change it. */
const selfOnly: FieldAccess = ({ req, doc }) => Boolean(req.user && doc && req.user.id === doc.id)

/** How the person gets their digest (src/follow/digest.ts). */
export const notificationFields: Field[] = [
  {
    name: 'digestFrequency',
    label: label('admin.users.digestFrequency'),
    type: 'select',
    defaultValue: 'weekly',
    options: localizedOptions(digestFrequencyKeys, 'vocab.follow.frequencies'),
    admin: { hidden: true },
    access: { read: selfOnly, create: nobody, update: nobody },
  },
  {
    name: 'mutedNotifications',
    label: label('admin.users.mutedNotifications'),
    type: 'select',
    hasMany: true,
    options: localizedOptions(notificationKindKeys, 'vocab.follow.kinds'),
    admin: { hidden: true },
    access: { read: selfOnly, create: nobody, update: nobody },
  },
]
