import Link from 'next/link'

import { langOf } from '@/components/ContentLang'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import type { WatchCard } from '@/watch/view'

/** Watch items as cards: kind and date, title (the link), summary. */
export async function WatchCards({ items, headingLevel = 2 }: { items: WatchCard[]; headingLevel?: 2 | 3 }) {
  const [vocab, locale] = await Promise.all([getTranslations('vocab.watch'), requestLocale()])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="guide-cards watch-cards">
      {items.map((item) => (
        <li key={item.id} className="guide-card" data-watch-item={item.slug}>
          <p className="guide-card__theme">
            {vocab(`kinds.${item.kind}`)}
            {item.publishedAt && (
              <>
                {' · '}
                <time dateTime={item.publishedAt}>{longDate(item.publishedAt, locale)}</time>
              </>
            )}
          </p>
          <Heading className="guide-card__title" {...langOf(item)}>
            <Link href={`/veille/${item.slug}`}>{item.title}</Link>
          </Heading>
          <p className="guide-card__summary" {...langOf(item)}>
            {item.summary}
          </p>
        </li>
      ))}
    </ul>
  )
}
