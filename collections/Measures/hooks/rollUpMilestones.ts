import type { CollectionBeforeChangeHook } from 'payload'

import { type Milestone, rolledUpProgress } from '@/measures/progress'

/**
 * A measure with milestones has the share of its milestones done as its % (src/measures/progress.ts), whatever a
 * form sent; without milestones the % is the one entered by hand.
 */
export const rollUpMilestones: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const milestones = (data.milestones ?? originalDoc?.milestones) as Milestone[] | undefined
  const progress = rolledUpProgress(milestones)
  if (progress !== null) data.progress = progress
  return data
}
