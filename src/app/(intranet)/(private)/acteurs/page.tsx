import { requireSession } from '@/auth/currentUser'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { loadActors } from '@/map/view'
import { actorLevelKeys, mapLabels } from '@/map/vocabulary'

export async function generateMetadata() {
  return { title: (await getTranslations('actors.list'))('metaTitle') }
}

/** The ecosystem overview of Figure 4 and ANNEXE IV: the main actors of digital Valais, level by level. */
export default async function ActorsPage() {
  const { payload, user } = await requireSession()
  const docs = await loadActors(payload, user)
  const t = await getTranslations('actors.list')
  const { actorLevels } = mapLabels(await requestLocale())
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <div className="ecosystem">
        {actorLevelKeys.map((level) => {
          const label = actorLevels[level]
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
