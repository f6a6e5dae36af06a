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
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { addMilestoneAction, changeMilestoneAction, proposeAction, updateMeasureAction } from '@/measures/actions'
import { ownerName } from '@/measures/list'
import { isLate, lateMilestones, measureDeadline } from '@/measures/progress'
import { measureTimeline } from '@/measures/timeline'
import { countPendingProposals, loadMeasure, loadMeasureDeliverables } from '@/measures/view'
import { measureLabels, priorities } from '@/measures/vocabulary'
import { watchMeasures } from '@/watch/kinds'
import { loadWatchOfMeasure } from '@/watch/view'

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }) {
  return { title: (await getTranslations('measures.page'))('metaTitle', { number: (await params).number }) }
}

export default async function MeasurePage({ params }: { params: Promise<{ number: string }> }) {
  const { payload, user } = await requireSession()
  const locale = await requestLocale()
  const t = await getTranslations('measures.page')
  const labels = measureLabels(locale)
  const number = Number((await params).number)
  if (!Number.isInteger(number) || number < 1) notFound()
  const measure = await loadMeasure(payload, user, number)
  if (!measure) notFound()
  const [timeline, guides, pending, watch, followed, deliverables] = await Promise.all([
    measureTimeline(payload, user, measure, locale),
    loadGuidesOfMeasure(payload, user, number),
    countPendingProposals(payload, user, measure.id),
    loadWatchOfMeasure(payload, user, number, 6),
    loadFollowButton(payload, user, { target: 'measure', key: String(measure.id) }),
    loadMeasureDeliverables(payload, user, measure, locale),
  ])
  const today = zurichDay(new Date())
  const deadline = measureDeadline(measure)
  const late = isLate(measure, today)
  const milestones = measure.milestones ?? []
  const lateOnes = new Set(lateMilestones(milestones, today).map((m) => m.id))
  const maintains = maintainsMeasures(user)
  // Measures 21, 23 and 24 are the watch itself: their section shows even while it is empty.
  const showWatch = watch.total > 0 || (watchMeasures as readonly number[]).includes(number)
  const meaning = labels.priorities[measure.priority]
  const milestonesDone = milestones.filter((m) => m.done).length
  const posters = guides.filter((guide) => guide.hasPoster)

  return (
    <>
      <p className="breadcrumb">
        <a href="/mesures">{t('breadcrumb')}</a> › {t('metaTitle', { number: measure.number })}
      </p>
      <h1>
        {measure.number}. <span {...langOf(measure)}>{measure.title}</span>
      </h1>
      <ContentLanguageNote lang={measure.lang} />
      <FollowButton
        target="measure"
        itemKey={String(measure.id)}
        name={t('followName')}
        following={followed.following}
        byDefault={followed.byDefault}
        back={`/mesures/${measure.number}`}
      />
      <dl className="measure-facts">
        <dt>{t('axis')}</dt>
        <dd>{labels.axes[measure.axis]}</dd>
        <dt>{t('priority')}</dt>
        <dd>
          <abbr data-priority={measure.priority}>{measure.priority}</abbr> –{' '}
          {t('priorityMeaning', { label: meaning.label, target: meaning.target, rank: measure.rank })}
          {pending > 0 && (
            <>
              {' '}
              · <a href="/mesures/propositions">{t('pending', { count: pending })}</a>
            </>
          )}
        </dd>
        <dt>{t('status')}</dt>
        <dd data-testid="measure-status">
          {labels.statuses[measure.status]}
          {late && (
            <>
              {' '}
              <Badge tone="warning">{t('late')}</Badge>
            </>
          )}
        </dd>
        <dt>{t('progress')}</dt>
        <dd>
          <ProgressBar value={measure.progress} />
          {milestones.length > 0 && (
            <span className="meta"> {t('milestonesDone', { done: milestonesDone, total: milestones.length })}</span>
          )}
        </dd>
        <dt>{t('owner')}</dt>
        <dd>{ownerName(measure) || t('noOwner')}</dd>
        <dt>{t('deadline')}</dt>
        <dd data-testid="measure-deadline">
          {deadline
            ? measure.targetDate
              ? longDate(measure.targetDate, locale)
              : t('priorityDeadline', {
                  date: longDate(`${deadline}T12:00:00Z`, locale),
                  priority: measure.priority,
                  target: t(`priorityTargets.${measure.priority}`),
                })
            : t('toBeDefined')}
        </dd>
        <dt>{t('partners')}</dt>
        <dd>{measure.partners || '–'}</dd>
        <dt>{t('deliverable')}</dt>
        <dd>{measure.deliverable || '–'}</dd>
        <dt>{t('deliverablesInRelais')}</dt>
        <dd data-testid="measure-deliverables">
          {deliverables.length ? (
            <ul>
              {deliverables.map((d) => (
                <li key={d.href}>
                  {t(`deliverableKinds.${d.kind}`)} : <a href={d.href}>{d.title}</a>
                  {d.draft && <> {t('draft')}</>}
                </li>
              ))}
            </ul>
          ) : (
            '–'
          )}
        </dd>
        <dt>{t('guides')}</dt>
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
            <dt>{t('posters')}</dt>
            <dd>
              <ul>
                {posters.map((guide) => (
                  <li key={guide.id}>
                    {guide.title} :{' '}
                    {posterFormats.map((format, i) => (
                      <span key={format}>
                        {i > 0 && ' · '}
                        <a href={posterHref(guide.slug, format)} download>
                          {t('posterFormat', { format })}
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

      <h2>{t('justification')}</h2>
      <p className="prose">{measure.justification}</p>

      {showWatch && (
        <section aria-labelledby="watch" data-testid="measure-watch">
          <h2 id="watch">{t('watch')}</h2>
          {watch.total === 0 ? (
            <p>{t('watchEmpty')}</p>
          ) : (
            <>
              <WatchCards items={watch.items} headingLevel={3} />
              <p>
                <a href={`/veille?mesure=${measure.number}`}>
                  {watch.total > watch.items.length ? t('watchAll', { count: watch.total }) : t('watchLink')}
                </a>
              </p>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="milestones" data-testid="measure-milestones">
        <h2 id="milestones">{t('milestones')}</h2>
        {milestones.length === 0 ? (
          <p>
            {t('noMilestones')} {maintains ? t('addMilestonesHint') : ''}
          </p>
        ) : (
          <>
            <p>
              {t('milestonesRule')}
              {lateOnes.size > 0 && (
                <>
                  {' '}
                  <Badge tone="warning">{t('milestonesLate', { count: lateOnes.size })}</Badge>
                </>
              )}
            </p>
            <ul className="milestones">
              {milestones.map((m) => (
                <li key={m.id}>
                  <strong>{m.title}</strong>
                  {m.dueDate && <> · {t('milestoneDue', { date: longDate(m.dueDate, locale) })}</>} ·{' '}
                  {m.done ? (
                    <Badge tone="success">{t('done')}</Badge>
                  ) : lateOnes.has(m.id) ? (
                    <Badge tone="warning">{t('late')}</Badge>
                  ) : (
                    t('toDo')
                  )}
                  {maintains && m.id && (
                    <div className="buttons no-print">
                      <ResultForm action={changeMilestoneAction} label={t('milestoneForm', { title: m.title })}>
                        <input type="hidden" name="measure" value={measure.id} />
                        <input type="hidden" name="milestone" value={m.id} />
                        <input type="hidden" name="op" value={m.done ? 'reopen' : 'done'} />
                        <button type="submit" className="button button--secondary">
                          {m.done ? t('reopen') : t('markDone')}
                        </button>
                      </ResultForm>
                      <ResultForm action={changeMilestoneAction} label={t('removeForm', { title: m.title })}>
                        <input type="hidden" name="measure" value={measure.id} />
                        <input type="hidden" name="milestone" value={m.id} />
                        <input type="hidden" name="op" value="remove" />
                        <button type="submit" className="button button--secondary">
                          {t('remove')}
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
            <h3>{t('addMilestone')}</h3>
            <ResultForm action={addMilestoneAction} label={t('addMilestone')} resetOnSuccess>
              <input type="hidden" name="measure" value={measure.id} />
              <label className="wide">
                {t('milestoneTitle')}
                <input name="title" required maxLength={200} />
              </label>
              <label>
                {t('deadline')}
                <input name="dueDate" type="date" required />
              </label>
              <button type="submit" className="button button--secondary">
                {t('addMilestoneButton')}
              </button>
            </ResultForm>
          </div>
        )}
      </section>

      {maintainsMeasures(user) && (
        <section className="panel no-print" aria-labelledby="update">
          <h2 id="update">{t('updateTitle')}</h2>
          <ResultForm action={updateMeasureAction} label={t('updateForm')} resetOnSuccess>
            <input type="hidden" name="measure" value={measure.id} />
            <label>
              {t('status')}
              {/* Keyed by the saved state: React does not move a select's default, and the form resets to it after a save. */}
              <ChoiceSelect key={measure.status} name="status" choices={labels.statuses} defaultValue={measure.status} />
            </label>
            {milestones.length > 0 ? (
              <p>
                {t('progressFromMilestones', { progress: measure.progress })}
                <input type="hidden" name="progress" value={measure.progress} />
              </p>
            ) : (
              <label>
                {t('progressPercent')}
                <input name="progress" type="number" min={0} max={100} step={5} defaultValue={measure.progress} required />
              </label>
            )}
            <label className="wide">
              {t('note')}
              <textarea name="note" rows={2} maxLength={2000} />
            </label>
            <button type="submit">{t('save')}</button>
          </ResultForm>
        </section>
      )}

      {maintainsMeasures(user) && (
        <section className="panel no-print" aria-labelledby="propose">
          <h2 id="propose">{t('proposeTitle')}</h2>
          <ResultForm action={proposeAction} label={t('proposeForm')} resetOnSuccess>
            <input type="hidden" name="measure" value={measure.id} />
            <label>
              {t('newPriority')}
              <ChoiceSelect
                name="toPriority"
                choices={Object.fromEntries(
                  priorities.filter((p) => p !== measure.priority).map((p) => [p, `${p} – ${labels.priorities[p].label}`]),
                )}
                any={t('unchangedPriority', { priority: measure.priority })}
              />
            </label>
            <label>
              {t('newRank')}
              <input name="toRank" type="number" min={1} max={999} placeholder={t('currentRank', { rank: measure.rank })} />
            </label>
            <label className="wide">
              {t('rationale')}
              <textarea name="rationale" rows={3} minLength={10} maxLength={2000} required />
            </label>
            <button type="submit">{t('propose')}</button>
          </ResultForm>
        </section>
      )}
      {decidesPriorities(user) && pending > 0 && (
        <p className="no-print">
          <a className="button" href="/mesures/propositions">
            {t('decidePending')}
          </a>
        </p>
      )}

      <section aria-labelledby="history">
        <h2 id="history">{t('history')}</h2>
        {timeline.length === 0 ? (
          <p>{t('historyEmpty')}</p>
        ) : (
          <ol className="timeline">
            {timeline.map((entry, index) => (
              <li key={index}>
                <time dateTime={entry.at}>{dateAtTime(entry.at, locale)}</time> · <strong>{entry.title}</strong>
                {entry.automatic && (
                  <>
                    {' '}
                    · <Badge tone="info">{t('automatic')}</Badge>
                  </>
                )}
                {entry.who && <> · {entry.who}</>}
                {entry.why && <p>{t('quoted', { text: entry.why })}</p>}
                {entry.detail && <p className="meta">{entry.detail}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  )
}
