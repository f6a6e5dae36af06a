import { notFound } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { InitiativeList } from '@/components/map/InitiativeList'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { loadActor, loadInitiativesOfActor } from '@/map/view'
import { mapLabels } from '@/map/vocabulary'

export async function generateMetadata() {
  return { title: (await getTranslations('actors.page'))('metaTitle') }
}

export default async function ActorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { payload, user } = await requireSession()
  const { slug } = await params
  const actor = await loadActor(payload, user, slug)
  if (!actor) notFound()
  const initiatives = await loadInitiativesOfActor(payload, user, actor.id)
  const t = await getTranslations('actors.page')
  const { actorLevels } = mapLabels(await requestLocale())
  return (
    <>
      <p className="breadcrumb">
        <a href="/acteurs">{t('breadcrumb')}</a> › {actor.acronym ?? actor.name}
      </p>
      <h1>
        {actor.name}
        {actor.acronym && <span className="muted"> ({actor.acronym})</span>}
      </h1>
      <p className="meta">{t('level', { level: actorLevels[actor.level] })}</p>
      <p className="lead">{actor.summary}</p>
      {(actor.missions ?? []).length > 0 && (
        <section aria-labelledby="missions">
          <h2 id="missions">{t('missions')}</h2>
          <ul>
            {actor.missions!.map((mission) => (
              <li key={mission.id}>{mission.text}</li>
            ))}
          </ul>
        </section>
      )}
      {actor.website && (
        <p>
          <a href={actor.website} rel="noopener noreferrer">
            {actor.website}
          </a>
        </p>
      )}
      <section aria-labelledby="initiatives">
        <h2 id="initiatives">{t('initiatives')}</h2>
        <InitiativeList initiatives={initiatives} empty={t('noInitiative')} />
      </section>
      {actor.source && (
        <p className="muted">
          {t('source')} <span>{actor.source}</span>
        </p>
      )}
    </>
  )
}
