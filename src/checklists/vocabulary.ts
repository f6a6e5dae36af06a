/** The state of one checklist item for one commune. */
export const checklistStates = {
  done: 'Fait',
  partial: 'En partie',
  todo: 'Pas fait',
  na: 'Non applicable',
} as const

export type ChecklistState = keyof typeof checklistStates
