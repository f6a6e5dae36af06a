import type { CollectionConfig } from 'payload'

import { validatorOfCommuneOrStaff } from '../../src/access/validators'
import { optionsFrom } from '../../src/fields/options'

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

/** The account lifecycle log: written by the system only, read by the commune's validators and coordinators. */
export const AccountEvents: CollectionConfig = {
  slug: 'account-events',
  labels: { singular: 'Événement de compte', plural: 'Journal des comptes' },
  admin: { defaultColumns: ['type', 'email', 'commune', 'actor', 'createdAt'], group: 'Communes' },
  defaultSort: '-createdAt',
  access: { read: validatorOfCommuneOrStaff(), create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'type', label: 'Événement', type: 'select', required: true, options: optionsFrom(accountEventTypes), index: true },
    { name: 'email', label: 'Personne (e-mail)', type: 'email', required: true },
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', index: true },
    { name: 'user', label: 'Compte', type: 'relationship', relationTo: 'users' },
    { name: 'request', label: 'Demande', type: 'relationship', relationTo: 'account-requests' },
    { name: 'actor', label: 'Par', type: 'relationship', relationTo: 'users' },
    { name: 'note', label: 'Remarque', type: 'textarea', maxLength: 1000 },
  ],
}
