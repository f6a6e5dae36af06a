import { notFound } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { InitiativeList } from '@/components/map/InitiativeList'
import { loadActor, loadInitiativesOfActor } from '@/map/view'
import { actorLevels } from '@/map/vocabulary'

export const metadata = { title: 'Acteur' }

export default async function ActorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { payload, user } = await requireSession()
  const { slug } = await params
  const actor = await loadActor(payload, user, slug)
  if (!actor) notFound()
  const initiatives = await loadInitiativesOfActor(payload, user, actor.id)
  return (
    <>
      <p className="breadcrumb">
        <a href="/acteurs">Acteurs</a> › {actor.acronym ?? actor.name}
      </p>
      <h1>
        {actor.name}
        {actor.acronym && <span className="muted"> ({actor.acronym})</span>}
      </h1>
      <p className="meta">Niveau : {actorLevels[actor.level]}</p>
      <p className="lead">{actor.summary}</p>
      {(actor.missions ?? []).length > 0 && (
        <section aria-labelledby="missions">
          <h2 id="missions">Missions</h2>
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
        <h2 id="initiatives">Initiatives</h2>
        <InitiativeList initiatives={initiatives} empty="Aucune initiative publiée ne le cite comme porteur ou partenaire." />
      </section>
      {actor.source && <p className="muted">Source : {actor.source}</p>}
    </>
  )
}
