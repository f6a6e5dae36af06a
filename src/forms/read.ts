import { z } from 'zod'

import { recordId } from '@/http/recordId'

/**
 * The one reader of submitted forms: FormData as a plain object (a name sent several times becomes a list), and the
 * zod fields a server action's schema is made of. Each field reads the value the way a form sends it (text, '' when
 * left empty) and refuses it with the message the user sees next to the field: a catalogue key (`forms.email`,
 * `accounts.commune`), read in the request's language by src/forms/serverAction.ts.
 */

export type FormFields = Record<string, FormDataEntryValue | FormDataEntryValue[]>

export function readForm(form: FormData): FormFields {
  const fields: FormFields = {}
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name)
    fields[name] = values.length === 1 ? values[0]! : values
  }
  return fields
}

/** The first value of a name (what `form.get` answers), as text. */
const first = (value: unknown) => String((Array.isArray(value) ? value[0] : value) ?? '')

const raw = () => z.unknown().optional()

type Issues = { addIssue: (issue: { code: 'custom'; message: string }) => void }
function reject(ctx: Issues, message: string): never {
  ctx.addIssue({ code: 'custom', message })
  return z.NEVER
}

/** A text field, capped then trimmed (the collection's own limits give the message). */
export const text = (max = 10_000) => raw().transform((value) => first(value).slice(0, max).trim())

/** A text field as typed, not trimmed (passwords, tokens a service checks itself). */
export const verbatim = (max = Infinity) => raw().transform((value) => first(value).slice(0, max))

/** The value as sent (first of a repeated name), or null: for services that check it themselves. */
export const value = () => raw().transform((sent) => (Array.isArray(sent) ? sent[0] : sent) ?? null)

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** An e-mail address, trimmed and in lower case. */
export const email = (message: string) =>
  raw().transform((sent, ctx) => {
    const address = first(sent).slice(0, 10_000).trim().toLowerCase()
    return EMAIL.test(address) ? address : reject(ctx, message)
  })

/** A text field that must not be empty. */
export const requiredText = (max: number, message: string) =>
  raw().transform((value, ctx) => first(value).slice(0, max).trim() || reject(ctx, message))

/** A record id named by the form (hidden input or select); `message` when it cannot be one (`meetings.unknown`). */
export const id = (message: string) => raw().transform((value, ctx) => recordId(first(value)) ?? reject(ctx, message))

/** A record id, or null when there is none. */
export const optionalId = () => raw().transform((value) => recordId(first(value)))

/** A checkbox. */
export const flag = () => raw().transform((value) => first(value) === 'on' || first(value) === 'true')

/** A whole number typed in a field, of at most `digits` digits. */
export const wholeNumber = (digits: number, message: string) =>
  raw().transform((value, ctx) => {
    const typed = first(value).slice(0, 20).trim()
    return new RegExp(`^\\d{1,${digits}}$`).test(typed) ? Number(typed) : reject(ctx, message)
  })

/** The same, or null when left empty. */
export const optionalWholeNumber = (digits: number, message: string) =>
  raw().transform((value, ctx) => {
    const typed = first(value).slice(0, 20).trim()
    if (!typed) return null
    return new RegExp(`^\\d{1,${digits}}$`).test(typed) ? Number(typed) : reject(ctx, message)
  })

/** One of `values` (an option list or its keys); `message` otherwise. */
export const choice = <V extends string>(values: readonly V[] | Record<V, unknown>, message: string) =>
  raw().transform((value, ctx): V => {
    const typed = first(value).slice(0, 100).trim()
    const known = Array.isArray(values) ? values.includes(typed as V) : Object.hasOwn(values, typed)
    return known ? (typed as V) : reject(ctx, message)
  })

/**
 * A date input (YYYY-MM-DD): the day, or '' when left empty; `invalid` when it is not a real calendar day,
 * `required` when empty, `future` when after today.
 */
export const day = (invalid: string, { required, future }: { required?: string; future?: string } = {}) =>
  raw().transform((value, ctx) => {
    const typed = first(value).slice(0, 20).trim()
    if (!typed) return required ? reject(ctx, required) : ''
    const date = new Date(`${typed}T12:00:00Z`)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(typed) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(typed))
      return reject(ctx, invalid)
    return future && typed > new Date().toISOString().slice(0, 10) ? reject(ctx, future) : typed
  })

/** Every value sent under one name (several checkboxes), as text. */
export const list = () => raw().transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).map(String))
