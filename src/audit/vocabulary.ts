import { localizedOptions, messageAt } from '@/i18n/labels'
import { defaultLocale, type UiLocale } from '@/i18n/locales'

const actionKeys = [
  'account-created',
  'account-changed',
  'account-disabled',
  'account-enabled',
  'account-deleted',
  'password-reset-sent',
  'second-factor-enabled',
  'second-factor-disabled',
  'second-factor-reset',
  'record-created',
  'record-updated',
  'record-deleted',
  'priority-decided',
  'meeting-status-changed',
  'export-downloaded',
] as const
export type AuditAction = (typeof actionKeys)[number]

/** The collections whose changes are audited, and the exports (which are no collection). */
const targetKeys = [
  'users',
  'contracts',
  'commune-tools',
  'providers',
  'commune-registers',
  'digital-decisions',
  'digital-incidents',
  'priority-changes',
  'meetings',
  'exports',
] as const
export type AuditTarget = (typeof targetKeys)[number]

const table = <Key extends string>(keys: readonly Key[], prefix: string, locale: UiLocale) =>
  Object.fromEntries(keys.map((key) => [key, messageAt(locale, `audit.${prefix}.${key}`)])) as Record<Key, string>

/** What the audit trail records, in the words the journal shows, in a language (messages/<lang>/audit.json). */
export const auditActionLabels = (locale: UiLocale = defaultLocale) => table(actionKeys, 'actions', locale)
export const auditTargetLabels = (locale: UiLocale = defaultLocale) => table(targetKeys, 'targets', locale)

/** The French tables, as the pages that do not pass a language yet read them. */
export const auditActions = auditActionLabels()
export const auditTargets = auditTargetLabels()

/** The admin's select options, in French and German. */
export const auditActionOptions = localizedOptions(actionKeys, 'audit.actions')
export const auditTargetOptions = localizedOptions(targetKeys, 'audit.targets')
