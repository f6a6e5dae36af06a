import { notFound } from 'next/navigation'

import { decidesPriorities, maintainsMeasures } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { langOf } from '@/components/ContentLang'
import { ContentLanguageNote } from '@/components/ContentLanguageNote'
import { FollowButton } from '@/components/follow/FollowButton'
import { ProgressBar } from '@/components/ProgressBar'
import { ResultForm } from '@/components/ResultForm'
import { Badge } from '@/components/ui/Badge'
import { WatchCards } from '@/components/watch/WatchCards'
import { zurichDay } from '@/fields/day'
import { loadFollowButton } from '@/follow/view'
import { dateAtTime, longDate } from '@/format/dates'
import { posterFormats, posterHref } from '@/guides/poster'
import { loadGuidesOfMeasure } from '@/guides/view'
import { addMilestoneAction, changeMilestoneAction, proposeAction, updateMeasureAction } from '@/measures/actions'
import { ownerName } from '@/measures/list'
import { isLate, lateMilestones, measureDeadline } from '@/measures/progress'
import { measureTimeline } from '@/measures/timeline'
import { countPendingProposals, loadMeasure, loadMeasureDeliverables } from '@/measures/view'
import { measureAxes, measurePriorities, measureStatuses } from '@/measures/vocabulary'
import { watchMeasures } from '@/watch/kinds'
import { loadWatchOfMeasure } from '@/watch/view'

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }) {
  return { title: `Mesure ${(await params).number}` }
}

export default async function MeasurePage({ params }: { params: Promise<{ number: string }> }) {
  const { payload, user } = await requireSession()
  const number = Number((await params).number)
  if (!Number.isInteger(number) || number < 1) notFound()
  const measure = await loadMeasure(payload, user, number)
  if (!measure) notFound()
  const [timeline, guides, pending, watch, followed, deliverables] = await Promise.all([
    measureTimeline(payload, user, measure),
    loadGuidesOfMeasure(payload, user, number),
    countPendingProposals(payload, user, measure.id),
    loadWatchOfMeasure(payload, user, number, 6),
    loadFollowButton(payload, user, { target: 'measure', key: String(measure.id) }),
    loadMeasureDeliverables(payload, user, measure),
  ])
  const today = zurichDay(new Date())
  const deadline = measureDeadline(measure)
  const late = isLate(measure, today)
  const milestones = measure.milestones ?? []
  const lateOnes = new Set(lateMilestones(milestones, today).map((m) => m.id))
  const maintains = maintainsMeasures(user)
  // Measures 21, 23 and 24 are the watch itself: their section shows even while it is empty.
  const showWatch = watch.total > 0 || (watchMeasures as readonly number[]).includes(number)
  const meaning = measurePriorities[measure.priority]
  const posters = guides.filter((guide) => guide.hasPoster)

  return (
    <>
      <p className="breadcrumb">
        <a href="/mesures">Mesures</a> › Mesure {measure.number}
      </p>
      <h1>
        {measure.number}. <span {...langOf(measure)}>{measure.title}</span>
      </h1>
      <ContentLanguageNote lang={measure.lang} />
      <FollowButton
        target="measure"
        itemKey={String(measure.id)}
        name="cette mesure"
        following={followed.following}
        byDefault={followed.byDefault}
        back={`/mesures/${measure.number}`}
      />
      <dl className="measure-facts">
        <dt>Axe</dt>
        <dd>{measureAxes[measure.axis]}</dd>
        <dt>Priorité</dt>
        <dd>
          <abbr data-priority={measure.priority}>{measure.priority}</abbr> – {meaning.label} ({meaning.target}), rang {measure.rank}
          {pending > 0 && (
            <>
              {' '}
              ·{' '}
              <a href="/mesures/propositions">
                {pending} proposition{pending > 1 ? 's' : ''} en attente
              </a>
            </>
          )}
        </dd>
        <dt>État</dt>
        <dd data-testid="measure-status">
          {measureStatuses[measure.status]}
          {late && (
            <>
              {' '}
              <Badge tone="warning">En retard</Badge>
            </>
          )}
        </dd>
        <dt>Avancement</dt>
        <dd>
          <ProgressBar value={measure.progress} />
          {milestones.length > 0 && (
            <span className="meta">
              {' '}
              {milestones.filter((m) => m.done).length} jalon{milestones.filter((m) => m.done).length > 1 ? 's' : ''} fait
              {milestones.filter((m) => m.done).length > 1 ? 's' : ''} sur {milestones.length}
            </span>
          )}
        </dd>
        <dt>Responsable</dt>
        <dd>{ownerName(measure) || 'Non désigné'}</dd>
        <dt>Échéance</dt>
        <dd data-testid="measure-deadline">
          {deadline
            ? measure.targetDate
              ? longDate(measure.targetDate)
              : `${longDate(`${deadline}T12:00:00Z`)} (objectif de la priorité ${measure.priority} : ${meaning.target.replace(/^objectif /, '')})`
            : 'À définir'}
        </dd>
        <dt>Existant / partenaires</dt>
        <dd>{measure.partners || '–'}</dd>
        <dt>Livrable</dt>
        <dd>{measure.deliverable || '–'}</dd>
        <dt>Livrables dans Relais</dt>
        <dd data-testid="measure-deliverables">
          {deliverables.length ? (
            <ul>
              {deliverables.map((d) => (
                <li key={d.href}>
                  {d.kind} : <a href={d.href}>{d.title}</a>
                  {d.draft && <> (brouillon)</>}
                </li>
              ))}
            </ul>
          ) : (
            '–'
          )}
        </dd>
        <dt>Guides liés</dt>
        <dd>
          {guides.length
            ? guides.map((g, i) => (
                <span key={g.id}>
                  {i > 0 && ', '}
                  <a href={`/guides/${g.slug}`}>{g.title}</a>
                </span>
              ))
            : '–'}
        </dd>
        {posters.length > 0 && (
          <>
            <dt>Affiches à imprimer</dt>
            <dd>
              <ul>
                {posters.map((guide) => (
                  <li key={guide.id}>
                    {guide.title} :{' '}
                    {posterFormats.map((format, i) => (
                      <span key={format}>
                        {i > 0 && ' · '}
                        <a href={posterHref(guide.slug, format)} download>
                          {format} (PDF)
                        </a>
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      <h2>Justificatif</h2>
      <p className="prose">{measure.justification}</p>

      {showWatch && (
        <section aria-labelledby="watch" data-testid="measure-watch">
          <h2 id="watch">Veille</h2>
          {watch.total === 0 ? (
            <p>Aucune actualité de veille liée à cette mesure pour l’instant.</p>
          ) : (
            <>
              <WatchCards items={watch.items} headingLevel={3} />
              <p>
                <a href={`/veille?mesure=${measure.number}`}>
                  {watch.total > watch.items.length
                    ? `Les ${watch.total} actualités de la veille liées à cette mesure`
                    : 'La veille liée à cette mesure'}
                </a>
              </p>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="milestones" data-testid="measure-milestones">
        <h2 id="milestones">Jalons</h2>
        {milestones.length === 0 ? (
          <p>Aucun jalon. {maintains ? 'Ajoutez-en : l’avancement de la mesure deviendra la part des jalons faits.' : ''}</p>
        ) : (
          <>
            <p>
              L’avancement de la mesure est la part des jalons faits.
              {lateOnes.size > 0 && (
                <>
                  {' '}
                  <Badge tone="warning">
                    {lateOnes.size} jalon{lateOnes.size > 1 ? 's' : ''} en retard
                  </Badge>
                </>
              )}
            </p>
            <ul className="milestones">
              {milestones.map((m) => (
                <li key={m.id}>
                  <strong>{m.title}</strong>
                  {m.dueDate && <> · échéance {longDate(m.dueDate)}</>} ·{' '}
                  {m.done ? <Badge tone="success">Fait</Badge> : lateOnes.has(m.id) ? <Badge tone="warning">En retard</Badge> : 'À faire'}
                  {maintains && m.id && (
                    <div className="buttons no-print">
                      <ResultForm action={changeMilestoneAction} label={`Jalon « ${m.title} »`}>
                        <input type="hidden" name="measure" value={measure.id} />
                        <input type="hidden" name="milestone" value={m.id} />
                        <input type="hidden" name="op" value={m.done ? 'reopen' : 'done'} />
                        <button type="submit" className="button button--secondary">
                          {m.done ? 'Rouvrir' : 'Marquer fait'}
                        </button>
                      </ResultForm>
                      <ResultForm action={changeMilestoneAction} label={`Retirer le jalon « ${m.title} »`}>
                        <input type="hidden" name="measure" value={measure.id} />
                        <input type="hidden" name="milestone" value={m.id} />
                        <input type="hidden" name="op" value="remove" />
                        <button type="submit" className="button button--secondary">
                          Retirer
                        </button>
                      </ResultForm>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {maintains && (
          <div className="panel no-print">
            <h3>Ajouter un jalon</h3>
            <ResultForm action={addMilestoneAction} label="Ajouter un jalon" resetOnSuccess>
              <input type="hidden" name="measure" value={measure.id} />
              <label className="wide">
                Intitulé
                <input name="title" required maxLength={200} />
              </label>
              <label>
                Échéance
                <input name="dueDate" type="date" required />
              </label>
              <button type="submit" className="button button--secondary">
                Ajouter le jalon
              </button>
            </ResultForm>
          </div>
        )}
      </section>

      {maintainsMeasures(user) && (
        <section className="panel no-print" aria-labelledby="update">
          <h2 id="update">Mettre à jour l’état</h2>
          <ResultForm action={updateMeasureAction} label="Mettre à jour l’état et l’avancement" resetOnSuccess>
            <input type="hidden" name="measure" value={measure.id} />
            <label>
              État
              {/* Keyed by the saved state: React does not move a select's default, and the form resets to it after a save. */}
              <ChoiceSelect key={measure.status} name="status" choices={measureStatuses} defaultValue={measure.status} />
            </label>
            {milestones.length > 0 ? (
              <p>
                Avancement : {measure.progress} %, calculé à partir des jalons.
                <input type="hidden" name="progress" value={measure.progress} />
              </p>
            ) : (
              <label>
                Avancement (%)
                <input name="progress" type="number" min={0} max={100} step={5} defaultValue={measure.progress} required />
              </label>
            )}
            <label className="wide">
              Commentaire (facultatif, visible dans l’historique)
              <textarea name="note" rows={2} maxLength={2000} />
            </label>
            <button type="submit">Enregistrer</button>
          </ResultForm>
        </section>
      )}

      {maintainsMeasures(user) && (
        <section className="panel no-print" aria-labelledby="propose">
          <h2 id="propose">Proposer une nouvelle priorité au Comité</h2>
          <ResultForm action={proposeAction} label="Proposer une nouvelle priorité" resetOnSuccess>
            <input type="hidden" name="measure" value={measure.id} />
            <label>
              Nouvelle priorité
              <ChoiceSelect
                name="toPriority"
                choices={Object.fromEntries(
                  Object.entries(measurePriorities)
                    .filter(([p]) => p !== measure.priority)
                    .map(([p, m]) => [p, `${p} – ${m.label}`]),
                )}
                any={`(inchangée : ${measure.priority})`}
              />
            </label>
            <label>
              Nouveau rang
              <input name="toRank" type="number" min={1} max={999} placeholder={`actuel : ${measure.rank}`} />
            </label>
            <label className="wide">
              Justification (obligatoire)
              <textarea name="rationale" rows={3} minLength={10} maxLength={2000} required />
            </label>
            <button type="submit">Proposer</button>
          </ResultForm>
        </section>
      )}
      {decidesPriorities(user) && pending > 0 && (
        <p className="no-print">
          <a className="button" href="/mesures/propositions">
            Décider des propositions en attente
          </a>
        </p>
      )}

      <section aria-labelledby="history">
        <h2 id="history">Historique</h2>
        {timeline.length === 0 ? (
          <p>Aucune modification depuis la reprise de la stratégie.</p>
        ) : (
          <ol className="timeline">
            {timeline.map((entry, index) => (
              <li key={index}>
                <time dateTime={entry.at}>{dateAtTime(entry.at)}</time> · <strong>{entry.title}</strong>
                {entry.automatic && (
                  <>
                    {' '}
                    · <Badge tone="info">Automatique</Badge>
                  </>
                )}
                {entry.who && <> · {entry.who}</>}
                {entry.why && <p>« {entry.why} »</p>}
                {entry.detail && <p className="meta">{entry.detail}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  )
}
