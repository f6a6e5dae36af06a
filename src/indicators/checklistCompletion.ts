import { readCompletionMatrix } from '@/checklists/matrix'
import { zurichDay } from '@/fields/day'

import type { IndicatorDefinition } from './types'

/**
 * Share of the published guides' checklist actions a commune has completed, every guide taken together, with the
 * rule of `/guides/suivi` and the guide pages (`src/checklists/completion.ts`).
 */
export const checklistCompletion: IndicatorDefinition = {
  key: 'checklist-completion',
  label: 'Checklists réalisées',
  definition:
    'Part des actions des checklists des guides publiés que la commune a réalisées : « fait » compte entièrement, « en partie » à moitié, « non applicable » sort du total, une action sans réponse compte comme non faite, de même qu’une action à refaire (périodique, dont l’échéance est passée). Source : les réponses de la commune aux checklists des guides dans Relais.',
  unit: 'percent',
  higherIsBetter: true,
  detailHref: () => '/guides',
  compute: async ({ payload, today }) => {
    const { matrix } = await readCompletionMatrix(payload, undefined, zurichDay(today))
    return new Map([...matrix].map(([commune, row]) => [commune, row.overall]))
  },
}
