import { defaultLabels } from '@/i18n/vocabulary'

// Labels in vocab.alerts; the records below are in the default language, for code not yet translated.

/** How an incident came in (shared incidents, issue 23): the region counts them by vector. */
export const incidentVectorKeys = [
  'hameconnage',
  'compte-compromis',
  'rancongiciel',
  'faille-logicielle',
  'prestataire',
  'fraude-paiement',
  'erreur-humaine',
  'materiel',
  'autre',
] as const
export type IncidentVector = (typeof incidentVectorKeys)[number]
export const incidentVectors = defaultLabels(incidentVectorKeys, 'vocab.alerts.vectors')

/** How urgent a regional alert is. */
export const alertSeverityKeys = ['information', 'importante', 'critique'] as const
export type AlertSeverity = (typeof alertSeverityKeys)[number]
export const alertSeverities = defaultLabels(alertSeverityKeys, 'vocab.alerts.severities')

export const alertStatusKeys = ['draft', 'published'] as const
export const alertStatuses = defaultLabels(alertStatusKeys, 'vocab.alerts.statuses')
