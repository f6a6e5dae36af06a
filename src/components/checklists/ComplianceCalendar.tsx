import type { Payload } from 'payload'

import type { RecurringDue } from '@/checklists/due'
import { actionAnchor } from '@/checklists/nextAction'
import { checklistToday } from '@/checklists/today'
import { loadComplianceCalendar } from '@/checklists/view'
import { Badge, type Tone } from '@/components/ui/Badge'
import { longDate, monthYear, numericDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import type { UiLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import type { User } from '@/payload-types'

const tones: Record<RecurringDue['state'], Tone> = { notDue: 'success', dueSoon: 'warning', overdue: 'error' }
const noon = (day: string) => `${day}T12:00:00Z`

type Translate = (key: string, values?: Record<string, string | number>) => string

function DueLine({ due, t, vocab, locale }: { due: RecurringDue; t: Translate; vocab: Translate; locale: UiLocale }) {
  return (
    <li className="calendar-line" data-due={due.state}>
      <a href={`/guides/${due.guide.slug}#${actionAnchor(due.item.key)}`}>{due.item.label}</a>{' '}
      <Badge tone={tones[due.state]}>{vocab(`due.${due.state}`)}</Badge>
      <br />
      <span className="muted">
        <span className="calendar-line__guide">{due.guide.title}</span> ·{' '}
        {t('line', { done: numericDate(noon(due.doneOn), locale), due: numericDate(noon(due.due), locale) })}
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
  const [t, vocab, locale] = await Promise.all([
    getTranslations('checklists.calendar'),
    getTranslations('vocab.checklists'),
    requestLocale(),
  ])
  const line = (due: RecurringDue) => <DueLine key={due.answer} due={due} t={t} vocab={vocab} locale={locale} />
  const { overdue, months } = await loadComplianceCalendar(payload, user, commune, today)
  return (
    <section aria-labelledby="compliance-calendar" className="compliance-calendar" data-testid="compliance-calendar">
      <h2 id="compliance-calendar">{t('title')}</h2>
      <p>{t('lead', { date: longDate(noon(today), locale) })}</p>
      {overdue.length === 0 && months.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <>
          {overdue.length > 0 && (
            <>
              <h3>{t('overdue')}</h3>
              <ul className="calendar-list">{overdue.map(line)}</ul>
            </>
          )}
          {months.map(({ month, dues }) => (
            <div key={month}>
              <h3>{monthYear(month, locale).replace(/^./, (c) => c.toUpperCase())}</h3>
              <ul className="calendar-list">{dues.map(line)}</ul>
            </div>
          ))}
        </>
      )}
    </section>
  )
}
