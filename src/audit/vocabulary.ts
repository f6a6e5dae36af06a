/** What the audit trail records, in the words the journal shows. */
export const auditActions = {
  'account-created': 'Compte créé',
  'account-changed': 'Compte modifié',
  'account-disabled': 'Compte désactivé',
  'account-enabled': 'Compte réactivé',
  'account-deleted': 'Compte supprimé',
  'password-reset-sent': 'Lien de réinitialisation du mot de passe envoyé',
  'second-factor-enabled': 'Double authentification activée',
  'second-factor-disabled': 'Double authentification désactivée par la personne',
  'second-factor-reset': 'Double authentification réinitialisée',
  'record-created': 'Élément créé',
  'record-updated': 'Élément modifié',
  'record-deleted': 'Élément supprimé',
  'priority-decided': 'Décision de priorité',
  'meeting-status-changed': 'Statut de séance changé',
  'export-downloaded': 'Export téléchargé',
} as const
export type AuditAction = keyof typeof auditActions

/** The collections whose changes are audited, and the exports (which are no collection). */
export const auditTargets = {
  users: 'Comptes',
  contracts: 'Contrats',
  'commune-tools': 'Inventaire des outils',
  providers: 'Prestataires',
  'commune-registers': 'Registre numérique (référent)',
  'digital-decisions': 'Registre : décisions',
  'digital-incidents': 'Registre : incidents',
  'priority-changes': 'Propositions de priorité',
  meetings: 'Séances',
  exports: 'Exports',
} as const
export type AuditTarget = keyof typeof auditTargets
