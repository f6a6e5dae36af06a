import type { Locale } from '@/i18n/locales'
import { defaultLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { WatchItem } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'
import { searchDocument } from '@/search/document'
import { watchKinds } from '@/watch/kinds'

// The index's text is in the content's language: French, the language of the sources (issue 26, part G).
const t = translatorFor(defaultLocale, 'collectionSearch')

/** Published watch items are for every member; drafts (proposals, newer drafts) are never indexed. */
export const watchItemSearchDocument = (item: WatchItem, locale: Locale = 'fr') =>
  item._status !== 'published' || !item.title
    ? null
    : searchDocument({
        collection: 'watch-items',
        docId: String(item.id),
        type: 'veille',
        locale,
        title: item.title,
        text: [
          `${watchKinds[item.kind]}.`,
          item.summary,
          plainText(item.body),
          item.todo ? t('todo', { todo: item.todo }) : '',
          ...(item.sources ?? []).map((source) => source.title),
          ...(item.products ?? []),
        ]
          .filter(Boolean)
          .join('\n'),
        url: `/veille/${item.slug}`,
        visibility: 'members',
      })
