import { requireSession } from '@/auth/currentUser'
import { loadActors } from '@/map/view'
import { actorLevels } from '@/map/vocabulary'

export const metadata = { title: 'Acteurs du numérique' }

/** The ecosystem overview of Figure 4 and ANNEXE IV: the main actors of digital Valais, level by level. */
export default async function ActorsPage() {
  const { payload, user } = await requireSession()
  const docs = await loadActors(payload, user)
  return (
    <>
      <h1>Les acteurs du numérique en Valais</h1>
      <p className="lead">
        Qui fait quoi, du niveau fédéral à la commune : la vue d’ensemble de l’écosystème numérique valaisan et la place de l’Antenne Région
        Valais romand (stratégie numérique ARVr, figure 4 et annexe IV).
      </p>
      <div className="ecosystem">
        {Object.entries(actorLevels).map(([level, label]) => {
          const actors = docs.filter((actor) => actor.level === level)
          if (!actors.length) return null
          return (
            <section key={level} aria-labelledby={`niveau-${level}`} className={`ecosystem__level ecosystem__level--${level}`}>
              <h2 id={`niveau-${level}`}>{label}</h2>
              <ul className="cards">
                {actors.map((actor) => (
                  <li key={actor.id}>
                    <a href={`/acteurs/${actor.slug}`}>
                      <strong>{actor.acronym ? `${actor.acronym} — ${actor.name}` : actor.name}</strong>
                      <span>{actor.summary}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )
        })}
      </div>
    </>
  )
}
