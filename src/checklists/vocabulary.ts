/**
 * The checklists' states, recurrences and due states. Their labels are in the catalogues
 * (messages/<lang>/vocab.checklists.json: `states.<value>`, `recurrence.<months>`, `due.<value>`).
 */

/** The state of one checklist item for one commune. */
export const checklistStates = ['done', 'partial', 'todo', 'na'] as const
export type ChecklistState = (typeof checklistStates)[number]

/** How often a checklist action must be done again, in months (a guide's editors choose it; empty: once is enough). */
export const recurrencePeriods = ['6', '12', '24'] as const
export type RecurrencePeriod = (typeof recurrencePeriods)[number]

/** Where a recurring action stands for a commune. */
export const dueStates = ['notDue', 'dueSoon', 'overdue'] as const
export type DueState = (typeof dueStates)[number]
