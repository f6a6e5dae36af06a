import { requireSession } from '@/auth/currentUser'
import { loadGuides } from '@/guides/view'
import { audiences, guideThemes, type Audience } from '@/guides/vocabulary'

export const metadata = { title: 'Guides pratiques' }

type Props = { searchParams: Promise<{ public?: string }> }

export default async function GuidesPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  const { public: audience } = await searchParams
  const filter = audience && audience in audiences ? (audience as Audience) : null
  const docs = await loadGuides(payload, user, filter)
  const themes = Object.entries(guideThemes).filter(([theme]) => docs.some((doc) => doc.theme === theme))

  return (
    <>
      <h1>Guides pratiques</h1>
      <p className="lead">Des guides courts, avec pour chacun la checklist des actions minimales à mener dans votre commune.</p>
      <nav aria-label="Filtrer par public" className="filters">
        <span>Public :</span>
        <a href="/guides" aria-current={filter ? undefined : 'page'}>
          Tous
        </a>
        {Object.entries(audiences).map(([value, label]) => (
          <a key={value} href={`/guides?public=${value}`} aria-current={filter === value ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      {themes.length === 0 && <p>Aucun guide pour ce public pour le moment.</p>}
      {themes.map(([theme, label]) => (
        <section key={theme} aria-labelledby={`theme-${theme}`}>
          <h2 id={`theme-${theme}`}>{label}</h2>
          <ul className="cards">
            {docs
              .filter((doc) => doc.theme === theme)
              .map((doc) => (
                <li key={doc.id}>
                  <a href={`/guides/${doc.slug}`}>
                    <strong>
                      {doc.title}
                      {doc._status !== 'published' && ' (brouillon)'}
                    </strong>
                    <span>{doc.summary}</span>
                  </a>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  )
}
