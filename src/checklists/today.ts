import { zurichDay } from '@/fields/day'

/**
 * Today's Zurich day for recurring checklist actions (due dates, the compliance calendar, reminders).
 *
 * `RELAIS_TEST_TODAY=YYYY-MM-DD` fixes it, for the browser journey that moves a year ahead (tests/e2e/recurring-
 * actions.e2e.spec.ts starts a second server with it). It is read from the server's environment only, when the
 * process starts: no request, cookie or header can move it, and it moves nothing else (sessions, tokens, audit
 * times keep the real clock). Production never sets it; when set, the server says so in its log at start.
 */
const fixed = process.env.RELAIS_TEST_TODAY
const fixedDay = fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : null

if (fixedDay) console.warn(`RELAIS_TEST_TODAY is set: recurring checklist actions are dated as of ${fixedDay} (tests only)`)

/** Today's Zurich day, or that of `now` when given (jobs and tests pass their own). */
export const checklistToday = (now?: Date) => (now ? zurichDay(now) : (fixedDay ?? zurichDay(new Date())))
