import { messageAt } from '@/i18n/labels'
import { defaultLocale } from '@/i18n/locales'
import { type CommitteeSlug, committeeSlugs } from '@/meetings/vocabulary'

/** The roles a user can hold (several at once); their names are in the catalogue `roles` (messages/<lang>/roles.json). */
export const roleValues = ['admin', 'coordinator', 'copil', 'cotec', 'member'] as const

export type Role = (typeof roleValues)[number]

/**
 * The roles' names in French, for the code not yet reading the catalogue in the person's language. Pages use
 * `t('roles.<role>')`; the admin uses `localizedOptions(roleValues, 'roles')` (both languages).
 */
export const roles = Object.fromEntries(roleValues.map((role) => [role, messageAt(defaultLocale, `roles.${role}`)])) as Record<Role, string>

/** The part of a user that access rules look at; a relation may arrive as an id or a populated doc. */
export type AccessUser =
  | {
      id: number | string
      roles?: Role[] | null
      commune?: number | { id: number } | null
      communeValidator?: boolean | null
      communeReferent?: boolean | null
    }
  | null
  | undefined

export const hasRole = (user: AccessUser, ...wanted: Role[]): boolean => Boolean(user?.roles?.some((role) => wanted.includes(role)))

export const isAdmin = (user: AccessUser) => hasRole(user, 'admin')

/** Coordinators and admins: they act for every commune. */
export const isStaff = (user: AccessUser) => hasRole(user, 'admin', 'coordinator')

export const communeOf = (user: AccessUser): number | null => {
  const commune = user?.commune
  if (commune == null) return null
  return typeof commune === 'object' ? commune.id : commune
}

/** COTEC members (and staff) keep the measures' status and progress and propose priorities. */
export const maintainsMeasures = (user: AccessUser) => hasRole(user, 'cotec', 'coordinator', 'admin')

/** The steering committee (and staff, on its behalf) decides priorities. */
export const decidesPriorities = (user: AccessUser) => hasRole(user, 'copil', 'coordinator', 'admin')

/** The committees a user sits on: one sits on a committee by holding its role. */
export const committeesOf = (user: AccessUser): CommitteeSlug[] => committeeSlugs.filter((slug) => hasRole(user, slug))

/** Committee work (drafts, confidential items, minutes in progress): the committee's members and staff. */
export const sitsOn = (user: AccessUser, committee: string | null | undefined): boolean =>
  isStaff(user) || (Boolean(committee) && hasRole(user, committee as Role))

/**
 * Keeps the commune's own records (contracts, digital register): its municipal secretary (validator) or its
 * référent numérique, as the steering note (003) gives them that role. Other employees read them.
 */
export const isCommuneSteward = (user: AccessUser) => communeOf(user) !== null && Boolean(user?.communeValidator || user?.communeReferent)
