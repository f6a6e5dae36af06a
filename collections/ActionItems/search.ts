import { longDate } from '@/format/dates'
import { defaultLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { ActionItem } from '@/payload-types'
import { searchDocument } from '@/search/document'

// The index's text is in the content's language: French, the language of the sources (issue 26, part G).
const t = translatorFor(defaultLocale, 'collectionSearch')

/** Actions are the committee's work: found by the committee (owners find theirs on /seances/actions). */
export const actionItemSearchDocument = (item: ActionItem) =>
  searchDocument({
    collection: 'action-items',
    docId: String(item.id),
    type: 'seance',
    title: t('action', { title: item.title }),
    text: [item.ownerName, t('due', { date: longDate(item.dueDate) })].filter(Boolean).join('\n'),
    url: `/seances/actions?comite=${item.committeeSlug}`,
    visibility: `committee:${item.committeeSlug}`,
  })
