import type { ClientUser } from 'payload'

import { type AccessUser, isAdmin } from '@/access/roles'
import { label } from '@/i18n/labels'

/**
 * The groups of the admin's navigation, by what editors do. Every collection and the settings name one of them
 * (`admin.group`); a unit test holds them to this list.
 */
export const adminGroupKeys = ['contenus', 'gouvernance', 'agenda', 'cartographie', 'communesEtComptes', 'systeme'] as const

/** The groups' names in every language (messages/<lang>/admin.json `groups`), as collections name them. */
export const adminGroups = adminGroupKeys.map((key) => label(`admin.groups.${key}`))

/**
 * `admin.hidden` of the internal tables (journals, histories, answers written by the intranet, mailings): out of
 * the editors' navigation and routes, still open to administrators when they need to look.
 */
export const internalTable = ({ user }: { user: ClientUser }) => !isAdmin(user as unknown as AccessUser)
