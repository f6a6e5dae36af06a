import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getPayload, type Payload } from 'payload'
import type { z } from 'zod'

import { requireSession } from '@/auth/currentUser'
import type { User } from '@/payload-types'
import { refusalOf, type Result } from '@/result'
import config from '@payload-config'

import { messageReader } from './messages'
import { readForm } from './read'
import { type FormState, formState } from './state'

/**
 * The one shape of every server action: session → schema-validated input → the work → the pages to refresh (and
 * where to go). The work is a service call returning a Result (src/result.ts); Payload's refusals it throws
 * (validation, access, gone) become the form's errors, anything else stays an error. Bad input never reaches the work:
 * the schema (zod, built from src/forms/read.ts) answers with the message of the first field in error, in the
 * schema's order (`allErrors`: every field in error, for long forms). Schemas name their messages by catalogue key
 * (`email('forms.email')`): each answer is read here in the language of the request (src/forms/messages.ts).
 */

export type Session = { payload: Payload; user: User }
type Success<T extends object> = Extract<Result<T>, { ok: true }>
/** A page to refresh: its path, or `[path, 'layout']` for every page under it. */
export type Revalidation = string | [string, 'layout' | 'page']

type Spec<S extends z.ZodType, T extends object, Who> = {
  /** The form's fields, with their refusals as catalogue keys (src/forms/read.ts). */
  input: S
  /** The work, as the person who sent the form. */
  work: (input: z.output<S>, who: Who) => Promise<Result<T>>
  /** The pages to refresh once the work succeeded. */
  revalidate?: (input: z.output<S>, result: Success<T>) => Revalidation[]
  /** Where to go once the work succeeded (the page then tells the outcome), instead of showing its message. */
  redirectTo?: (input: z.output<S>, result: Success<T>) => string
  /** Every field in error at once (long forms), instead of the first one. */
  allErrors?: boolean
  /**
   * Fields whose typed value comes back with a refusal, so that a page rendered again from the answer (a form sent
   * before JavaScript loaded, e.g. autofill + Enter) shows them filled in. Never passwords, codes or tokens.
   */
  keep?: readonly string[]
}

/** The kept fields of a refused form, as typed. */
const keptValues = (keep: readonly string[] | undefined, form: FormData) =>
  keep?.length ? Object.fromEntries(keep.map((name) => [name, String(form.get(name) ?? '')])) : undefined

async function run<S extends z.ZodType, T extends object, Who>(spec: Spec<S, T, Who>, who: Who, form: FormData): Promise<FormState> {
  const state = inRequestLanguage(await work(spec, who, form), await messageReader())
  const values = keptValues(spec.keep, form)
  return state && !state.ok && values ? { ...state, values } : state
}

async function work<S extends z.ZodType, T extends object, Who>(spec: Spec<S, T, Who>, who: Who, form: FormData): Promise<FormState> {
  const parsed = await spec.input.safeParseAsync(readForm(form))
  if (!parsed.success) {
    const issues = spec.allErrors ? parsed.error.issues : parsed.error.issues.slice(0, 1)
    const errors: Record<string, string> = {}
    for (const issue of issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message
    return { ok: false, errors }
  }
  const input = parsed.data
  let result: Result<T>
  try {
    result = await spec.work(input, who)
  } catch (error) {
    return formState(refusalOf(error))
  }
  if (!result.ok) return formState(result)
  for (const page of spec.revalidate?.(input, result as Success<T>) ?? []) {
    if (typeof page === 'string') revalidatePath(page)
    else revalidatePath(page[0], page[1])
  }
  if (spec.redirectTo) redirect(spec.redirectTo(input, result as Success<T>))
  return formState(result)
}

/** An answer whose messages are catalogue keys, read in the request's language (text already translated stays). */
function inRequestLanguage(state: FormState, read: (message: string) => string): FormState {
  if (!state) return state
  if (state.ok) return { ...state, message: read(state.message) }
  return { ...state, errors: Object.fromEntries(Object.entries(state.errors).map(([field, message]) => [field, read(message)])) }
}

async function session(): Promise<Session> {
  const { payload, user } = await requireSession()
  // The place for what every intranet write records besides the person: e.g. the client's source address for the
  // audit trail (a later issue), read here once from the request's headers and handed to the work with the session.
  return { payload, user }
}

/** A server action for a ResultForm, as the logged-in person (visitors are sent to the login page). */
export const serverAction =
  <S extends z.ZodType, T extends object = object>(spec: Spec<S, T, Session>) =>
  async (_state: FormState, form: FormData): Promise<FormState> =>
    run(spec, await session(), form)

/** A server action of a public page (login, password reset, account request): no session, the Payload instance only. */
export const publicAction =
  <S extends z.ZodType, T extends object = object>(spec: Spec<S, T, { payload: Payload }>) =>
  async (_state: FormState, form: FormData): Promise<FormState> =>
    run(spec, { payload: await getPayload({ config }) }, form)

/**
 * One of the above for a plain `<form action>` (no ResultForm to show a message): a refusal changes nothing and the
 * page is shown again as it is.
 */
export const withoutState =
  (action: (state: FormState, form: FormData) => Promise<FormState>) =>
  async (form: FormData): Promise<void> => {
    await action(null, form)
  }
