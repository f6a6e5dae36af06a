import Link from 'next/link'

import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { ContentLanguageNote } from '@/components/ContentLanguageNote'
import { ProgressBar } from '@/components/ProgressBar'
import { loadGuideCards } from '@/guides/view'
import { audiences, guideThemes, type Audience } from '@/guides/vocabulary'

export const metadata = { title: 'Guides pratiques' }

type Props = { searchParams: Promise<{ public?: string }> }

/** The guides as cards: theme, title, summary, the person's commune's progress on the checklist, « À réviser » when overdue. */
export default async function GuidesPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  const { public: audience } = await searchParams
  const filter = audience && audience in audiences ? (audience as Audience) : null
  const cards = await loadGuideCards(payload, user, filter)

  return (
    <>
      <h1>Guides pratiques</h1>
      <p className="lead">Des guides courts, avec pour chacun la checklist des actions minimales à mener dans votre commune.</p>
      <nav aria-label="Filtrer par public" className="filters">
        <span>Public :</span>
        <Link href="/guides" aria-current={filter ? undefined : 'page'}>
          Tous
        </Link>
        {Object.entries(audiences).map(([value, label]) => (
          <Link key={value} href={`/guides?public=${value}`} aria-current={filter === value ? 'page' : undefined}>
            {label}
          </Link>
        ))}
      </nav>
      {cards.length === 0 && (
        <p>
          Aucun guide pour ce public pour le moment. <Link href="/guides">Voir tous les guides</Link>.
        </p>
      )}
      <ContentLanguageNote lang={cards.map((card) => card.lang)} />
      <ul className="guide-cards">
        {cards.map((card) => (
          <li key={card.id} className="guide-card" data-guide={card.slug}>
            <p className="guide-card__theme">{guideThemes[card.theme]}</p>
            <h2 className="guide-card__title" {...langOf(card)}>
              <Link href={`/guides/${card.slug}`}>{card.title}</Link>
            </h2>
            {(card.overdue || card._status !== 'published') && (
              <p className="guide-card__tags">
                {card.overdue && (
                  <span className="badge badge--pending" data-testid="review-overdue">
                    À réviser
                  </span>
                )}
                {card._status !== 'published' && <span className="badge">Brouillon</span>}
              </p>
            )}
            <p className="guide-card__summary" {...langOf(card)}>
              {card.summary}
            </p>
            {card.progress && (
              <p className="guide-card__progress" data-testid="commune-progress">
                {card.progress.started ? (
                  <>
                    <span>Votre commune :</span> <ProgressBar value={card.progress.percent} />
                  </>
                ) : (
                  <span>Votre commune n’a pas encore commencé cette checklist.</span>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
