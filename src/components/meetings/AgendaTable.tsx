import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { duration } from '@/format/dates'
import { addItemAction, addProposalsAction, deleteItemAction, moveItemAction, updateItemAction } from '@/meetings/actions/agendaItem'
import { plannedMinutes } from '@/meetings/agenda'
import type { MeetingView } from '@/meetings/view'
import type { Measure } from '@/payload-types'

import { ItemFields } from './ItemFields'

/** The ordered agenda with each item's duration, the running total against the meeting's length, and its editing. */
export function AgendaTable({ view }: { view: MeetingView }) {
  const { meeting, items, can } = view
  // Minutes from the meeting's start to the end of each item.
  const ends = items.reduce<number[]>((sums, item) => [...sums, (sums.at(-1) ?? 0) + (item.durationMinutes ?? 0)], [])
  const total = plannedMinutes(items)
  return (
    <section aria-labelledby="agenda">
      <h2 id="agenda">Ordre du jour</h2>
      {items.length === 0 ? (
        <p>L’ordre du jour est vide.</p>
      ) : (
        <table className="agenda table-cards">
          <thead>
            <tr>
              <th scope="col">N°</th>
              <th scope="col">Point</th>
              <th scope="col">Durée</th>
              <th scope="col">Cumul</th>
              <th scope="col">Présenté par</th>
              {can.edit && (
                <th scope="col" className="no-print">
                  Modifier
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
                  <td data-label="N°">{index + 1}</td>
                  <td data-label="Point">
                    <strong>{item.title}</strong> {item.confidential && <span className="badge badge--confidential">Confidentiel</span>}
                    {measures.length > 0 && (
                      <div className="muted">
                        Mesures :{' '}
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
                        <a href={d.url} rel="noopener noreferrer">
                          {d.title}
                        </a>
                      </div>
                    ))}
                  </td>
                  <td data-label="Durée">{duration(item.durationMinutes ?? 0)}</td>
                  <td data-label="Cumul" className={running > meeting.durationMinutes ? 'overrun' : undefined}>
                    {duration(running)}
                  </td>
                  <td data-label="Présenté par">{item.presenter}</td>
                  {can.edit && (
                    <td className="no-print">
                      <div className="buttons">
                        <ResultForm action={moveItemAction} label={`Déplacer le point ${index + 1}`}>
                          <input type="hidden" name="item" value={item.id} />
                          <Button
                            name="direction"
                            value="up"
                            disabled={index === 0}
                            aria-label={`Monter le point ${index + 1}`}
                            variant="secondary"
                          >
                            ↑
                          </Button>
                          <Button
                            name="direction"
                            value="down"
                            disabled={index === items.length - 1}
                            aria-label={`Descendre le point ${index + 1}`}
                            variant="secondary"
                          >
                            ↓
                          </Button>
                        </ResultForm>
                      </div>
                      <details>
                        <summary>Modifier</summary>
                        <ResultForm action={updateItemAction} className="stacked-form" label={`Modifier le point ${index + 1}`}>
                          <input type="hidden" name="item" value={item.id} />
                          <ItemFields item={item} />
                          <Button>Enregistrer le point</Button>
                        </ResultForm>
                        <ResultForm action={deleteItemAction} label={`Retirer le point ${index + 1}`}>
                          <input type="hidden" name="item" value={item.id} />
                          <Button variant="secondary">Retirer ce point</Button>
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
                Total
              </td>
              <td colSpan={can.edit ? 4 : 3} data-label="Total" className={total > meeting.durationMinutes ? 'overrun' : undefined}>
                {duration(total)} sur {duration(meeting.durationMinutes)}
                {total > meeting.durationMinutes &&
                  ` : l’ordre du jour dépasse la durée de la séance de ${duration(total - meeting.durationMinutes)}`}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      {can.edit && (
        <div className="no-print">
          <details open={items.length === 0}>
            <summary>Ajouter un point</summary>
            <ResultForm action={addItemAction} className="stacked-form" label="Ajouter un point" resetOnSuccess>
              <input type="hidden" name="meeting" value={meeting.id} />
              <ItemFields />
              <Button>Ajouter le point</Button>
            </ResultForm>
          </details>
          {view.committee.slug === 'copil' && (
            <ResultForm action={addProposalsAction} label="Inscrire les propositions de priorité">
              <input type="hidden" name="meeting" value={meeting.id} />
              <Button variant="secondary">Inscrire les propositions de priorité en attente</Button>
            </ResultForm>
          )}
        </div>
      )}
    </section>
  )
}
