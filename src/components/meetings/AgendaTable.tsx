import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { duration } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { addItemAction, addProposalsAction, deleteItemAction, moveItemAction, updateItemAction } from '@/meetings/actions/agendaItem'
import { plannedMinutes } from '@/meetings/agenda'
import type { MeetingView } from '@/meetings/view'
import type { Measure } from '@/payload-types'

import { ItemFields } from './ItemFields'

/** The ordered agenda with each item's duration, the running total against the meeting's length, and its editing. */
export async function AgendaTable({ view }: { view: MeetingView }) {
  const [t, locale] = await Promise.all([getTranslations('meetings.agenda'), requestLocale()])
  const minutes = (value: number) => duration(value, locale)
  const { meeting, items, can } = view
  // Minutes from the meeting's start to the end of each item.
  const ends = items.reduce<number[]>((sums, item) => [...sums, (sums.at(-1) ?? 0) + (item.durationMinutes ?? 0)], [])
  const total = plannedMinutes(items)
  return (
    <section aria-labelledby="agenda">
      <h2 id="agenda">{t('title')}</h2>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="agenda table-cards">
          <thead>
            <tr>
              <th scope="col">{t('number')}</th>
              <th scope="col">{t('item')}</th>
              <th scope="col">{t('duration')}</th>
              <th scope="col">{t('running')}</th>
              <th scope="col">{t('presenter')}</th>
              {can.edit && (
                <th scope="col" className="no-print">
                  {t('edit')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => {
              const running = ends[index]!
              const measures = (item.measures ?? []).filter((m): m is Measure => typeof m === 'object')
              return (
                <tr key={item.id} id={`point-${item.id}`}>
                  <td data-label={t('number')}>{index + 1}</td>
                  <td data-label={t('item')}>
                    <strong lang="fr">{item.title}</strong>{' '}
                    {item.confidential && <span className="badge badge--confidential">{t('confidential')}</span>}
                    {measures.length > 0 && (
                      <div className="muted">
                        {t('measures')}{' '}
                        {measures.map((m, i) => (
                          <span key={m.id}>
                            {i > 0 && ', '}
                            <a href={`/mesures/${m.number}`} title={m.title}>
                              {m.number}
                            </a>
                          </span>
                        ))}
                      </div>
                    )}
                    {(item.documents ?? []).map((d) => (
                      <div key={d.id}>
                        <a href={d.url} rel="noopener noreferrer" lang="fr">
                          {d.title}
                        </a>
                      </div>
                    ))}
                  </td>
                  <td data-label={t('duration')}>{minutes(item.durationMinutes ?? 0)}</td>
                  <td data-label={t('running')} className={running > meeting.durationMinutes ? 'overrun' : undefined}>
                    {minutes(running)}
                  </td>
                  <td data-label={t('presenter')}>{item.presenter}</td>
                  {can.edit && (
                    <td className="no-print">
                      <div className="buttons">
                        <ResultForm action={moveItemAction} label={t('move', { number: index + 1 })}>
                          <input type="hidden" name="item" value={item.id} />
                          <Button
                            name="direction"
                            value="up"
                            disabled={index === 0}
                            aria-label={t('up', { number: index + 1 })}
                            variant="secondary"
                          >
                            ↑
                          </Button>
                          <Button
                            name="direction"
                            value="down"
                            disabled={index === items.length - 1}
                            aria-label={t('down', { number: index + 1 })}
                            variant="secondary"
                          >
                            ↓
                          </Button>
                        </ResultForm>
                      </div>
                      <details>
                        <summary>{t('edit')}</summary>
                        <ResultForm action={updateItemAction} className="stacked-form" label={t('editItem', { number: index + 1 })}>
                          <input type="hidden" name="item" value={item.id} />
                          <ItemFields item={item} />
                          <Button>{t('save')}</Button>
                        </ResultForm>
                        <ResultForm action={deleteItemAction} label={t('removeItem', { number: index + 1 })}>
                          <input type="hidden" name="item" value={item.id} />
                          <Button variant="secondary">{t('remove')}</Button>
                        </ResultForm>
                      </details>
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={2} className="table-cards__hide">
                {t('total')}
              </td>
              <td colSpan={can.edit ? 4 : 3} data-label={t('total')} className={total > meeting.durationMinutes ? 'overrun' : undefined}>
                {t('of', { total: minutes(total), planned: minutes(meeting.durationMinutes) })}
                {total > meeting.durationMinutes && t('overrun', { over: minutes(total - meeting.durationMinutes) })}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      {can.edit && (
        <div className="no-print">
          <details open={items.length === 0}>
            <summary>{t('add')}</summary>
            <ResultForm action={addItemAction} className="stacked-form" label={t('add')} resetOnSuccess>
              <input type="hidden" name="meeting" value={meeting.id} />
              <ItemFields />
              <Button>{t('addButton')}</Button>
            </ResultForm>
          </details>
          {view.committee.slug === 'copil' && (
            <ResultForm action={addProposalsAction} label={t('proposals')}>
              <input type="hidden" name="meeting" value={meeting.id} />
              <Button variant="secondary">{t('proposalsButton')}</Button>
            </ResultForm>
          )}
        </div>
      )}
    </section>
  )
}
