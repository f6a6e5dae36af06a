import { recordId } from '../validation/recordId'

/** A text field of a submitted form, trimmed and capped (the collection's own limits give the French message). */
export const formText = (form: FormData, name: string, max = 10_000) => String(form.get(name) ?? '').slice(0, max).trim()

/** A record id named by a form (hidden input or select), or null. */
export const formId = (form: FormData, name: string) => recordId(form.get(name))

/** A checkbox. */
export const formFlag = (form: FormData, name: string) => form.get(name) === 'on' || form.get(name) === 'true'

/** A date input (YYYY-MM-DD): the day, '' when left empty, or null when it is not a real calendar day. */
export function formDay(form: FormData, name: string): string | null {
  const value = formText(form, name, 20)
  if (!value) return ''
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const date = new Date(`${value}T12:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null
}
