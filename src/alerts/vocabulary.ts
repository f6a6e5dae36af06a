/** How an incident came in (shared incidents, issue 23): the region counts them by vector. */
export const incidentVectors = {
  hameconnage: 'Hameçonnage (e-mail, SMS, téléphone)',
  'compte-compromis': 'Compte ou mot de passe compromis',
  rancongiciel: 'Rançongiciel ou logiciel malveillant',
  'faille-logicielle': 'Faille d’un logiciel ou d’un appareil',
  prestataire: 'Panne ou incident chez un prestataire',
  'fraude-paiement': 'Fraude au paiement (faux fournisseur, faux président)',
  'erreur-humaine': 'Erreur de manipulation',
  materiel: 'Perte ou vol de matériel',
  autre: 'Autre',
} as const
export type IncidentVector = keyof typeof incidentVectors

/** How urgent a regional alert is. */
export const alertSeverities = {
  information: 'Information',
  importante: 'Importante',
  critique: 'Critique',
} as const
export type AlertSeverity = keyof typeof alertSeverities

export const alertStatuses = { draft: 'Brouillon', published: 'Publiée' } as const
