import type { Role } from '@/access/roles'
import { messageAt } from '@/i18n/labels'
import { defaultLocale } from '@/i18n/locales'

/**
 * Values of account requests and of the account log, shared by the collections, the pages and the e-mails. Their
 * names are in the catalogue `accounts` (`accounts.status.<value>`, `accounts.event.<value>`) and `roles`: pages read
 * them with `t(…)` in the person's language, the admin with `localizedOptions(…)`. The records below hold the French
 * names, for code not yet reading the catalogue.
 */
const frenchNames = <K extends string>(values: readonly K[], prefix: string) =>
  Object.fromEntries(values.map((value) => [value, messageAt(defaultLocale, `${prefix}.${value}`)])) as Record<K, string>

export const requestStatusValues = ['unconfirmed', 'pending', 'approved', 'rejected'] as const
export type RequestStatus = (typeof requestStatusValues)[number]
export const requestStatuses = frenchNames(requestStatusValues, 'accounts.status')

/** Roles a person may ask for; a validator grants `member` only, committee roles are the coordinators' call. */
export const requestableRoleValues = ['member', 'cotec', 'copil'] as const satisfies readonly Role[]
export const requestableRoles = frenchNames(requestableRoleValues, 'roles')

/** What the account log records. */
export const accountEventTypeValues = [
  'requested',
  'confirmed',
  'approved',
  'rejected',
  'warned-30',
  'warned-7',
  'disabled',
  'enabled',
  'delegate-named',
  'delegate-removed',
  'totp-enabled',
  'totp-disabled',
  'totp-reset',
  'sessions-ended',
  'sessions-ended-everyone',
  'reset-link-sent',
] as const
export type AccountEventType = (typeof accountEventTypeValues)[number]
export const accountEventTypes = frenchNames(accountEventTypeValues, 'accounts.event')
