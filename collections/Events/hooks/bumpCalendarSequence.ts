import type { CollectionBeforeChangeHook } from 'payload'

const shown = ['title', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'summary', 'cancelled'] as const

/** A published change of what calendars show raises the SEQUENCE, so that calendar apps replace their copy. */
export const bumpCalendarSequence: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc || data._status === 'draft') return data
  const changed = shown.some((field) => field in data && JSON.stringify(data[field] ?? null) !== JSON.stringify(originalDoc[field] ?? null))
  data.calendarSequence = (originalDoc.calendarSequence ?? 0) + (changed ? 1 : 0)
  return data
}
