import type { Committee } from '@/payload-types'
import { searchDocument } from '@/search/document'

export const committeeSearchDocument = (committee: Committee) =>
  searchDocument({
    collection: 'committees',
    docId: String(committee.id),
    type: 'seance',
    title: committee.name,
    text: [committee.mission, committee.composition].filter(Boolean).join('\n'),
    url: `/seances?comite=${committee.slug}`,
    visibility: 'members',
  })
