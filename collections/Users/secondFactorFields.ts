import type { Field, FieldAccess } from 'payload'

import { type AccessUser, isAdmin } from '@/access/roles'
import { nobody } from '@/access/rules'
import { label } from '@/i18n/labels'

/**
 * Resetting someone's second factor (lost phone) is an administrator's act on another account: nobody unchecks
 * their own, which would turn it off without a code (the person does that on /compte/securite with a code).
 */
const resetsAnotherOnesSecondFactor: FieldAccess = ({ req, doc, id }) => {
  const actor = req.user as AccessUser
  return isAdmin(actor) && String(actor!.id) !== String(doc?.id ?? id)
}

/**
 * The second factor (TOTP). Whether it is active is readable where the account is (the person, their validator,
 * staff); the secret and the last spent time step are read by no API at all (`hidden` strips them from every
 * REST, GraphQL and admin response, `read: nobody` even with showHiddenFields): only src/auth/totp reads them, in SQL.
 */
export const secondFactorFields: Field[] = [
  {
    name: 'totpEnabled',
    label: label('admin.users.totpEnabled'),
    type: 'checkbox',
    defaultValue: false,
    admin: {
      position: 'sidebar',
      description: label('admin.users.totpEnabledDescription'),
    },
    access: { create: nobody, update: resetsAnotherOnesSecondFactor },
  },
  { name: 'totpSecret', type: 'text', hidden: true, access: { read: nobody, create: nobody, update: nobody } },
  { name: 'totpLastStep', type: 'number', hidden: true, access: { read: nobody, create: nobody, update: nobody } },
]
