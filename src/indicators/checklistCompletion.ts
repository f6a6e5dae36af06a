import { readCompletionMatrix } from '@/checklists/matrix'
import { zurichDay } from '@/fields/day'

import type { IndicatorDefinition } from './types'

/**
 * Share of the published guides' checklist actions a commune has completed, every guide taken together, with the
 * rule of `/guides/suivi` and the guide pages (`src/checklists/completion.ts`).
 */
export const checklistCompletion: IndicatorDefinition = {
  key: 'checklist-completion',
  unit: 'percent',
  higherIsBetter: true,
  detailHref: () => '/guides',
  compute: async ({ payload, today }) => {
    const { matrix } = await readCompletionMatrix(payload, undefined, zurichDay(today))
    return new Map([...matrix].map(([commune, row]) => [commune, row.overall]))
  },
}
