import type { PriorityChange } from '@/payload-types'

type Proposed = Pick<PriorityChange, 'fromPriority' | 'toPriority' | 'fromRank' | 'toRank'>

/** What a proposal changes, as every page and e-mail says it: "priorité B → A, rang 29 → 3". */
export const proposalChange = (p: Proposed) =>
  [p.toPriority && `priorité ${p.fromPriority} → ${p.toPriority}`, p.toRank && `rang ${p.fromRank} → ${p.toRank}`]
    .filter(Boolean)
    .join(', ')
