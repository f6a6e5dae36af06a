import type { Field } from 'payload'

import { nobody } from '@/access/rules'
import { CURRENT_PASSWORD_FIELD } from '@/auth/currentPassword'
import { label } from '@/i18n/labels'

/**
 * `currentPassword` travels with a change of one's own password or e-mail address (REST body, GraphQL's
 * updateUser input) and is checked by hooks/guardCredentials.ts before anything changes. Never stored (virtual),
 * never shown, never returned.
 */
export const credentialFields: Field[] = [
  {
    name: CURRENT_PASSWORD_FIELD,
    label: label('admin.users.currentPassword'),
    type: 'text',
    virtual: true,
    hidden: true,
    access: { read: nobody },
  },
]
