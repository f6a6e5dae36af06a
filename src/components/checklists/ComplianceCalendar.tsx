import type { Payload } from 'payload'

import type { RecurringDue } from '@/checklists/due'
import { actionAnchor } from '@/checklists/nextAction'
import { checklistToday } from '@/checklists/today'
import { loadComplianceCalendar } from '@/checklists/view'
import { dueStates } from '@/checklists/vocabulary'
import { Badge, type Tone } from '@/components/ui/Badge'
import { longDate, monthYear, numericDate } from '@/format/dates'
import type { User } from '@/payload-types'

const tones: Record<RecurringDue['state'], Tone> = { notDue: 'success', dueSoon: 'warning', overdue: 'error' }
const noon = (day: string) => `${day}T12:00:00Z`

function DueLine({ due }: { due: RecurringDue }) {
  return (
    <li className="calendar-line" data-due={due.state}>
      <a href={`/guides/${due.guide.slug}#${actionAnchor(due.item.key)}`}>{due.item.label}</a>{' '}
      <Badge tone={tones[due.state]}>{dueStates[due.state]}</Badge>
      <br />
      <span className="muted">
        {due.guide.title} · fait le {numericDate(noon(due.doneOn))} · à refaire avant le {numericDate(noon(due.due))}
      </span>
    </li>
  )
}

/**
 * The commune's compliance calendar (issue 25): its recurring checklist actions overdue, then due in the next 12
 * months, by month, each linked to the action in its guide. Prints with the page as the executive's action plan.
 */
export async function ComplianceCalendar({ payload, user, commune }: { payload: Payload; user: User; commune: number }) {
  const today = checklistToday()
  const { overdue, months } = await loadComplianceCalendar(payload, user, commune, today)
  return (
    <section aria-labelledby="compliance-calendar" className="compliance-calendar" data-testid="compliance-calendar">
      <h2 id="compliance-calendar">Calendrier des actions à refaire</h2>
      <p>
        Les actions récurrentes des guides que la commune a faites, et quand les refaire : ce qui est en retard, puis les 12 prochains mois
        (au {longDate(noon(today))}).
      </p>
      {overdue.length === 0 && months.length === 0 ? (
        <p className="muted">
          Rien à refaire dans les 12 prochains mois. Les actions récurrentes (un test de restauration chaque année…) apparaissent ici dès
          que la commune les a enregistrées comme faites dans leur guide.
        </p>
      ) : (
        <>
          {overdue.length > 0 && (
            <>
              <h3>En retard</h3>
              <ul className="calendar-list">
                {overdue.map((due) => (
                  <DueLine key={due.answer} due={due} />
                ))}
              </ul>
            </>
          )}
          {months.map(({ month, dues }) => (
            <div key={month}>
              <h3>{monthYear(month).replace(/^./, (c) => c.toUpperCase())}</h3>
              <ul className="calendar-list">
                {dues.map((due) => (
                  <DueLine key={due.answer} due={due} />
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  )
}
