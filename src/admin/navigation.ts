import type { ClientUser } from 'payload'

import { type AccessUser, isAdmin } from '@/access/roles'

/**
 * The groups of the admin's navigation, by what editors do. Every collection and the settings name one of them
 * (`admin.group`); a unit test holds them to this list.
 */
export const adminGroups = ['Contenus', 'Gouvernance', 'Agenda', 'Cartographie', 'Communes et comptes', 'Système'] as const

/**
 * `admin.hidden` of the internal tables (journals, histories, answers written by the intranet, mailings): out of
 * the editors' navigation and routes, still open to administrators when they need to look.
 */
export const internalTable = ({ user }: { user: ClientUser }) => !isAdmin(user as unknown as AccessUser)
