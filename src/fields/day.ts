import type { DateField, FieldHook } from 'payload'

import { timeZone } from '@/calendar/zurich'

const calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The Zurich calendar day of an instant, as YYYY-MM-DD. */
export const zurichDay = (value: string | Date) => calendarDay.format(new Date(value))

/** A calendar day stored at noon UTC, which is the same day in every European time zone. */
export const noonOf = (day: string) => `${day}T12:00:00.000Z`

// The admin's day pickers send local midnight (the previous evening in UTC), forms send YYYY-MM-DD: both mean
// a Zurich calendar day, stored at noon so that no time zone moves it to the day before.
const toNoon: FieldHook = ({ value }) => (value && !Number.isNaN(new Date(value).getTime()) ? noonOf(zurichDay(value)) : value)

/** A date without time (a contract's term, an incident's day). */
export const dayField = (name: string, label: DateField['label'], extra: Partial<DateField> = {}): DateField =>
  ({
    name,
    label,
    type: 'date',
    ...extra,
    hooks: { beforeChange: [toNoon] },
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' }, ...extra.admin },
  }) as DateField
