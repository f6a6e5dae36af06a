import { roles } from '@/access/roles'

/** Labels of account requests and of the account log, shared by the collections, the pages and the e-mails. */

export const requestStatuses = {
  unconfirmed: 'E-mail à confirmer',
  pending: 'En attente de décision',
  approved: 'Acceptée',
  rejected: 'Refusée',
} as const
export type RequestStatus = keyof typeof requestStatuses

/** Roles a person may ask for; a validator grants `member` only, committee roles are the coordinators' call. */
export const requestableRoles = { member: roles.member, cotec: roles.cotec, copil: roles.copil } as const

/** What the account log records. */
export const accountEventTypes = {
  requested: 'Demande déposée',
  confirmed: 'E-mail de la demande confirmé',
  approved: 'Demande acceptée, compte créé',
  rejected: 'Demande refusée',
  'warned-30': 'Avertissement d’inactivité (30 jours)',
  'warned-7': 'Avertissement d’inactivité (7 jours)',
  disabled: 'Compte désactivé',
  enabled: 'Compte réactivé',
  'delegate-named': 'Délégué·e de validation désigné·e',
  'delegate-removed': 'Délégation de validation retirée',
  'totp-enabled': 'Double authentification activée',
  'totp-disabled': 'Double authentification désactivée par la personne',
  'totp-reset': 'Double authentification réinitialisée par un administrateur',
  'sessions-ended': 'Sessions du compte fermées par un administrateur',
  'sessions-ended-everyone': 'Sessions de tous les comptes fermées (incident)',
  'reset-link-sent': 'Lien de réinitialisation du mot de passe envoyé',
} as const
export type AccountEventType = keyof typeof accountEventTypes
