import { notFound } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { longDate } from '@/format/dates'
import { loadInitiative } from '@/map/view'
import { initiativeStatuses, initiativeThemes, levels } from '@/map/vocabulary'
import type { Actor, Commune, Measure } from '@/payload-types'

export const metadata = { title: 'Initiative' }

const populated = <T extends object>(values: (number | T)[] | null | undefined) =>
  (values ?? []).filter((v): v is T => typeof v === 'object')

export default async function InitiativePage({ params }: { params: Promise<{ slug: string }> }) {
  const { payload, user } = await requireSession()
  const { slug } = await params
  const initiative = await loadInitiative(payload, user, slug)
  if (!initiative) notFound()
  const lead = typeof initiative.lead === 'object' ? initiative.lead : null
  const partners = populated<Actor>(initiative.partners)
  const communes = populated<Commune>(initiative.communes)
  const measures = populated<Measure>(initiative.measures).sort((a, b) => a.number - b.number)
  return (
    <>
      <p className="breadcrumb">
        <a href="/carte">Carte des initiatives</a> › {initiative.title}
      </p>
      <h1>{initiative.title}</h1>
      <p className="lead">{initiative.summary}</p>
      <dl className="measure-facts">
        <dt>Porteur</dt>
        <dd>{lead ? <a href={`/acteurs/${lead.slug}`}>{lead.name}</a> : '—'}</dd>
        {partners.length > 0 && (
          <>
            <dt>Partenaires</dt>
            <dd>
              {partners.map((actor, index) => (
                <span key={actor.id}>
                  {index > 0 && ', '}
                  <a href={`/acteurs/${actor.slug}`}>{actor.acronym ?? actor.name}</a>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>Niveau</dt>
        <dd>{levels[initiative.level]}</dd>
        <dt>Statut</dt>
        <dd>{initiativeStatuses[initiative.stage]}</dd>
        <dt>Thèmes</dt>
        <dd>{initiative.themes.map((theme) => initiativeThemes[theme]).join(', ')}</dd>
        <dt>Communes</dt>
        <dd>
          {initiative.allCommunes
            ? 'Toutes les communes de la région'
            : communes.length
              ? communes.map((c) => c.name).join(', ')
              : 'Aucune commune nommée'}
        </dd>
        {(initiative.startDate || initiative.endDate) && (
          <>
            <dt>Dates</dt>
            <dd>
              {initiative.startDate && `Depuis le ${longDate(initiative.startDate)}`}
              {initiative.endDate && `${initiative.startDate ? ', j' : 'J'}usqu’au ${longDate(initiative.endDate)}`}
            </dd>
          </>
        )}
        {initiative.website && (
          <>
            <dt>Site</dt>
            <dd>
              <a href={initiative.website} rel="noopener noreferrer">
                {initiative.website}
              </a>
            </dd>
          </>
        )}
        {measures.length > 0 && (
          <>
            <dt>Mesures liées</dt>
            <dd>
              {measures.map((m, index) => (
                <span key={m.id}>
                  {index > 0 && ', '}
                  <a href={`/mesures/${m.number}`}>
                    {m.number}. {m.title}
                  </a>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {initiative.description && <p className="notes">{initiative.description}</p>}
      {initiative.source && <p className="muted">Source : {initiative.source}</p>}
    </>
  )
}
