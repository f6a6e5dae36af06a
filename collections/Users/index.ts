import type { CollectionConfig } from 'payload'

import { isStaff, roles, type AccessUser } from '@/access/roles'
import { adminOnly, nobody, selfCommuneOrStaff, staffField, staffOnly } from '@/access/rules'
import { validatorOfDocCommuneOrStaff } from '@/access/validators'
import { resetLinkEndpoint } from '@/accounts/endpoints'
import { auditUserChange, auditUserDelete } from '@/audit/userHooks'
import { publicUrl } from '@/config/runtime'
import { resetPasswordHtml, resetPasswordSubject } from '@/email/templates/resetPassword'
import { optionsFrom } from '@/fields/options'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'
import { locales } from '@/i18n/locales'

import { credentialFields } from './credentialFields'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { forgetFollows } from './hooks/forgetFollows'
import { guardAccountChanges } from './hooks/guardAccountChanges'
import { guardCredentialWrites, guardOwnEmail } from './hooks/guardCredentials'
import { guardSecondFactor, logSecondFactor } from './hooks/guardSecondFactor'
import { preventRoleEscalation } from './hooks/preventRoleEscalation'
import { protectAdminAccounts } from './hooks/protectAdminAccounts'
import { recordLastLogin } from './hooks/recordLastLogin'
import { refuseDisabled } from './hooks/refuseDisabled'
import { checkSecondFactor, noSessionFromPasswordReset, requireSecondFactor } from './hooks/requireSecondFactor'
import { sendSetPasswordLink } from './hooks/sendSetPasswordLink'
import { forgiveLogin, throttleLogin } from './hooks/throttleLogin'
import { notificationFields } from './notificationFields'
import { secondFactorFields } from './secondFactorFields'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('admin.users.labelSingular'), plural: label('admin.users.labelPlural') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'commune', 'roles', 'lastLoginAt'],
    group: label('admin.groups.communesEtComptes'),
  },
  auth: {
    // Every request loads the user; relations are fetched where a page needs them.
    depth: 0,
    // No per-account lock (anyone could lock anyone): attempts are throttled per address and source (hooks/throttleLogin.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: publicUrl().startsWith('https://'), sameSite: 'Lax' },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailSubject: () => resetPasswordSubject(),
      generateEmailHTML: (args) =>
        resetPasswordHtml({ token: args?.token ?? '', name: (args?.user as { name?: string } | undefined)?.name }),
    },
  },
  access: {
    admin: ({ req }) => isStaff(req.user as AccessUser),
    read: selfCommuneOrStaff,
    create: staffOnly,
    // Validators update accounts of their commune (field rules keep roles and commune for staff).
    update: selfCommuneOrStaff,
    delete: adminOnly,
    // Payload lets any logged-in person unlock any account by e-mail (and so undo the lockout of someone else's
    // guessing, an administrator's included): only an administrator does.
    unlock: adminOnly,
  },
  hooks: {
    // guardCredentialWrites before the policy: it replaces a password staff typed for a new account before the policy judges it.
    beforeOperation: [throttleLogin, guardCredentialWrites, enforcePasswordPolicy, checkSecondFactor],
    beforeChange: [protectAdminAccounts, preventRoleEscalation, guardAccountChanges, guardOwnEmail, guardSecondFactor],
    afterChange: [logSecondFactor, auditUserChange],
    beforeDelete: [forgetFollows],
    afterDelete: [auditUserDelete],
    beforeLogin: [refuseDisabled, requireSecondFactor],
    afterLogin: [forgiveLogin, recordLastLogin],
    afterOperation: [noSessionFromPasswordReset, sendSetPasswordLink],
  },
  endpoints: [resetLinkEndpoint],
  fields: [
    { name: 'name', label: label('admin.users.name'), type: 'text', required: true, maxLength: 120 },
    { name: 'function', label: label('admin.users.function'), type: 'text', maxLength: 120 },
    {
      // Pages, e-mails and calendar files in this language (src/i18n/); the person sets it on /compte.
      name: 'locale',
      label: label('admin.users.locale'),
      type: 'select',
      options: localizedOptions(locales, 'admin.languages'),
      admin: { description: label('admin.users.localeDescription') },
      // One's own language (/compte), or staff's in the admin: never a colleague's (a validator may edit their commune's accounts).
      access: { update: ({ req, id, doc }) => isStaff(req.user as AccessUser) || String(req.user?.id) === String(doc?.id ?? id) },
    },
    {
      name: 'roles',
      label: label('admin.users.roles'),
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      options: optionsFrom(roles),
      access: { create: staffField, update: staffField },
      saveToJWT: true,
    },
    {
      name: 'commune',
      label: label('admin.users.commune'),
      type: 'relationship',
      relationTo: 'communes',
      access: { create: staffField, update: staffField },
      saveToJWT: true,
    },
    {
      type: 'row',
      fields: [
        {
          // The municipal secretary (set by coordinators) may name delegates of their commune.
          name: 'communeValidator',
          label: label('admin.users.communeValidator'),
          type: 'checkbox',
          defaultValue: false,
          access: { create: staffField, update: validatorOfDocCommuneOrStaff },
          saveToJWT: true,
        },
        {
          name: 'communeReferent',
          label: label('admin.users.communeReferent'),
          type: 'checkbox',
          defaultValue: false,
          access: { create: staffField, update: staffField },
          saveToJWT: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'disabled',
          label: label('admin.users.disabled'),
          type: 'checkbox',
          defaultValue: false,
          index: true,
          access: { create: staffField, update: validatorOfDocCommuneOrStaff },
        },
        { name: 'disabledAt', label: label('admin.users.disabledAt'), type: 'date', ...systemField() },
      ],
    },
    {
      // Which inactivity warning was last sent; cleared by the next login.
      name: 'inactivityNotice',
      type: 'select',
      options: [
        { value: '30', label: label('admin.users.inactivityNoticeOption_30') },
        { value: '7', label: label('admin.users.inactivityNoticeOption_7') },
      ],
      ...systemField({ hidden: true }),
    },
    { name: 'inactivityWarnedAt', type: 'date', ...systemField({ hidden: true }) },
    {
      name: 'lastLoginAt',
      label: label('admin.users.lastLoginAt'),
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      access: { create: nobody, update: nobody },
    },
    {
      // The login before the last one: the home page's « what changed since your last visit » counts from it.
      name: 'previousLoginAt',
      type: 'date',
      admin: { hidden: true },
      access: { create: nobody, update: nobody },
    },
    {
      // The secret of the person's calendar feeds (/flux/<token>/…): only they read it; renewing it revokes the old links.
      name: 'calendarToken',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      access: { read: ({ req, doc }) => Boolean(req.user && doc && req.user.id === doc.id), create: nobody, update: nobody },
    },
    ...notificationFields,
    ...secondFactorFields,
    ...credentialFields,
  ],
}
