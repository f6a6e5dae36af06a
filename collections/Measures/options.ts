import { type MeasurePriority, measurePriorities } from '../../seed/content/measures'

/** Where a measure stands; `continue` is for ongoing work that never "ends" (priority C measures, watch). */
export const measureStatuses = {
  'a-lancer': 'À lancer',
  'en-cours': 'En cours',
  realisee: 'Réalisée',
  continue: 'Continue',
  suspendue: 'Suspendue',
} as const
export type MeasureStatus = keyof typeof measureStatuses

export const priorities = Object.keys(measurePriorities) as MeasurePriority[]
