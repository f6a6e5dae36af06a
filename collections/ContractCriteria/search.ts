import type { ContractCriterion } from '@/payload-types'
import { searchDocument } from '@/search/document'

/** The checklist's points are common knowledge; a commune's own contracts are never indexed. */
export const contractCriterionSearchDocument = (criterion: ContractCriterion) =>
  searchDocument({
    collection: 'contract-criteria',
    docId: String(criterion.id),
    type: 'contrat',
    title: `Contrat informatique : ${criterion.title}`,
    text: [criterion.question, criterion.why, criterion.advice].join('\n'),
    url: `/contrats#point-${criterion.key}`,
    visibility: 'members',
  })
