/** Who holds the role of référent numérique (steering note 003, §3.1). */
export const referentFunctions = {
  secretaire: 'Secrétaire communal·e',
  executif: 'Membre de l’exécutif',
  externe: 'Personne externe',
  autre: 'Autre',
} as const

/** Who took a digital decision (steering note 003, §4–5). */
export const deciders = {
  executif: 'Exécutif communal',
  administration: 'Administration communale',
  referent: 'Référent numérique',
} as const

export const incidentStatuses = { ouvert: 'En cours', clos: 'Clos' } as const
