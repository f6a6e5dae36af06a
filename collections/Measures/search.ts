import type { Measure } from '@/payload-types'
import { searchDocument } from '@/search/document'

export const measureSearchDocument = (measure: Measure) =>
  searchDocument({
    collection: 'measures',
    docId: String(measure.id),
    type: 'mesure',
    title: `Mesure ${measure.number} : ${measure.title}`,
    text: [measure.deliverable, measure.partners, measure.justification].filter(Boolean).join('\n'),
    url: `/mesures/${measure.number}`,
    visibility: 'members',
  })
