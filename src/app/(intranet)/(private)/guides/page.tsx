import Link from 'next/link'

import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { ContentLanguageNote } from '@/components/ContentLanguageNote'
import { ProgressBar } from '@/components/ProgressBar'
import { loadGuideCards } from '@/guides/view'
import { audiences, isAudience } from '@/guides/vocabulary'
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata() {
  const t = await getTranslations('guides.list')
  return { title: t('title') }
}

type Props = { searchParams: Promise<{ public?: string }> }

/** The guides as cards: theme, title, summary, the person's commune's progress on the checklist, « À réviser » when overdue. */
export default async function GuidesPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  const [t, vocab] = await Promise.all([getTranslations('guides.list'), getTranslations('vocab.guides')])
  const { public: audience } = await searchParams
  const filter = isAudience(audience) ? audience : null
  const cards = await loadGuideCards(payload, user, filter)

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <nav aria-label={t('filterLabel')} className="filters">
        <span>{t('audience')}</span>
        <Link href="/guides" aria-current={filter ? undefined : 'page'}>
          {t('all')}
        </Link>
        {audiences.map((value) => (
          <Link key={value} href={`/guides?public=${value}`} aria-current={filter === value ? 'page' : undefined}>
            {vocab(`audiences.${value}`)}
          </Link>
        ))}
      </nav>
      {cards.length === 0 && <p>{t.rich('empty', { link: (chunks) => <Link href="/guides">{chunks}</Link> })}</p>}
      <ContentLanguageNote lang={cards.map((card) => card.lang)} />
      <ul className="guide-cards">
        {cards.map((card) => (
          <li key={card.id} className="guide-card" data-guide={card.slug}>
            <p className="guide-card__theme">{vocab(`themes.${card.theme}`)}</p>
            <h2 className="guide-card__title" {...langOf(card)}>
              <Link href={`/guides/${card.slug}`}>{card.title}</Link>
            </h2>
            {(card.overdue || card._status !== 'published') && (
              <p className="guide-card__tags">
                {card.overdue && (
                  <span className="badge badge--pending" data-testid="review-overdue">
                    {t('reviewOverdue')}
                  </span>
                )}
                {card._status !== 'published' && <span className="badge">{t('draft')}</span>}
              </p>
            )}
            <p className="guide-card__summary" {...langOf(card)}>
              {card.summary}
            </p>
            {card.progress && (
              <p className="guide-card__progress" data-testid="commune-progress">
                {card.progress.started ? (
                  <>
                    <span>{t('yourCommune')}</span> <ProgressBar value={card.progress.percent} />
                  </>
                ) : (
                  <span>{t('notStarted')}</span>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
