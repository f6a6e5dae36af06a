/** The state of one checklist item for one commune. */
export const checklistStates = {
  done: 'Fait',
  partial: 'En partie',
  todo: 'Pas fait',
  na: 'Non applicable',
} as const

export type ChecklistState = keyof typeof checklistStates

/** How often a checklist action must be done again, in months (a guide's editors choose it; empty: once is enough). */
export const recurrencePeriods = {
  '6': 'Tous les 6 mois',
  '12': 'Chaque année',
  '24': 'Tous les 2 ans',
} as const

export type RecurrencePeriod = keyof typeof recurrencePeriods

/** Where a recurring action stands for a commune. */
export const dueStates = {
  notDue: 'À jour',
  dueSoon: 'À refaire bientôt',
  overdue: 'À refaire',
} as const

export type DueState = keyof typeof dueStates
