/** Labels of the committees and their meetings, agenda items and action items, shared by collections, pages and seed. */

/**
 * The two committees, keyed by the role their members hold (`copil`, `cotec`), with the name pages, e-mails and
 * search give them. The key order is the stored one (the select options of the collections).
 */
export const committees = { copil: 'Comité (COPIL)', cotec: 'COTEC' } as const
export type CommitteeSlug = keyof typeof committees

/** The order in which pages list the committees (and a user's committees come). */
export const committeeSlugs: readonly CommitteeSlug[] = ['cotec', 'copil']

export const isCommitteeSlug = (slug: string | null | undefined): slug is CommitteeSlug => committeeSlugs.includes(slug as CommitteeSlug)

/** How pages, e-mails and search name a committee from its role slug. */
export const committeeLabel = (slug: string | null | undefined) => (slug === 'copil' ? committees.copil : committees.cotec)

/** A member's function in a committee. */
export const committeeRoles = { presidence: 'Présidence', membre: 'Membre', secretariat: 'Secrétariat' } as const
export type CommitteeRole = keyof typeof committeeRoles

/** A meeting's life: planned (draft) → convened → held (minutes written) → minutes approved; or cancelled. */
export const meetingStatuses = {
  planned: 'Planifiée',
  convened: 'Convoquée',
  held: 'Tenue',
  approved: 'Procès-verbal approuvé',
  cancelled: 'Annulée',
} as const
export type MeetingStatus = keyof typeof meetingStatuses

/** Once approved or cancelled a meeting is part of the record: nothing in it changes any more. */
export const isClosed = (status: string | null | undefined) => status === 'approved' || status === 'cancelled'

export const actionStatuses = { open: 'À faire', done: 'Faite', dropped: 'Abandonnée' } as const
export type ActionStatus = keyof typeof actionStatuses
