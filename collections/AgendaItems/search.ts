import { idOf } from '@/fields/idOf'
import { defaultLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { AgendaItem } from '@/payload-types'
import { searchDocument } from '@/search/document'

// The index's text is in the content's language: French, the language of the sources (issue 26, part G).
const t = translatorFor(defaultLocale, 'collectionSearch')

/**
 * Confidential items and items of draft meetings are found by the committee only. Minutes are indexed where the
 * reader may see them: within the committee's entries, or once approved.
 */
export function agendaItemSearchDocument(item: AgendaItem) {
  const committeeOnly = Boolean(item.confidential) || item.meetingStatus === 'planned'
  const withMinutes = committeeOnly || item.meetingStatus === 'approved'
  return searchDocument({
    collection: 'agenda-items',
    docId: String(item.id),
    type: 'seance',
    title: item.title,
    text: [t('agendaItem'), item.presenter, withMinutes ? item.notes : null, withMinutes ? item.decision : null].filter(Boolean).join('\n'),
    url: `/seances/${idOf(item.meeting)}#point-${item.id}`,
    visibility: committeeOnly ? `committee:${item.committeeSlug}` : 'members',
  })
}
