import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { PriorityChange } from '@/payload-types'

type Proposed = Pick<PriorityChange, 'fromPriority' | 'toPriority' | 'fromRank' | 'toRank'>

/** What a proposal changes, as every page and e-mail says it: "priorité B → A, rang 29 → 3" (in the reader's language). */
export const proposalChange = (p: Proposed, locale: UiLocale = defaultLocale) => {
  const t = translatorFor(locale, 'proposals')
  return [
    p.toPriority && t('change.priority', { from: p.fromPriority ?? '', to: p.toPriority }),
    p.toRank && t('change.rank', { from: p.fromRank ?? '', to: p.toRank }),
  ]
    .filter(Boolean)
    .join(', ')
}
