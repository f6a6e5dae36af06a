import { longDate } from '@/format/dates'
import type { ActionItem } from '@/payload-types'
import { searchDocument } from '@/search/document'

/** Actions are the committee's work: found by the committee (owners find theirs on /seances/actions). */
export const actionItemSearchDocument = (item: ActionItem) =>
  searchDocument({
    collection: 'action-items',
    docId: String(item.id),
    type: 'seance',
    title: `Action : ${item.title}`,
    text: [item.ownerName, `Échéance : ${longDate(item.dueDate)}`].filter(Boolean).join('\n'),
    url: `/seances/actions?comite=${item.committeeSlug}`,
    visibility: `committee:${item.committeeSlug}`,
  })
