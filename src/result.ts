/**
 * What a service answers, whichever edge calls it: a message on success, or a refusal with messages by field (`form`
 * for the whole form) and, when it is not plain bad input, the HTTP status REST should use. Messages are text in the
 * request's language (`serverTranslator`) or catalogue keys (`forms.forbidden`), which the edges read in the
 * request's language: src/forms/serverAction.ts (the state a ResultForm shows) and src/http/endpointBody.ts
 * (`answer`: `{ message }` or the API error). `T` carries what a success hands on (an id to redirect to…).
 */
export type Result<T extends object = object> = ({ ok: true; message: string } & T) | Refused

/** A refusal: messages by field; `status` for REST (400, bad input, when absent). */
export type Refused = { ok: false; errors: Record<string, string>; status?: number }

export const done = <T extends object = object>(message: string, extra?: T): Result<T> => ({ ok: true, message, ...extra }) as Result<T>

/** Refuses the whole request with a reason and the status REST answers it with (400, 401, 403, 404, 409…). */
export const refuse = (status: number, message: string): Refused => ({ ok: false, status, errors: { form: message } })

/** Refuses bad input as a whole (REST: 400). */
export const badInput = (message: string): Refused => ({ ok: false, errors: { form: message } })

/** Refuses bad input field by field (a form shows each message; REST answers 400 with the first). */
export const invalidFields = (errors: Record<string, string>): Refused => ({ ok: false, errors })

/** The one sentence of a refusal (REST, mails, logs): the whole form's reason, else the first field's (maybe a key). */
export const reasonOf = (refusal: Refused): string => refusal.errors.form ?? Object.values(refusal.errors)[0] ?? 'forms.refused'

type PayloadError = { status?: number; data?: { errors?: { path?: string; message: string }[] }; message?: string }

/**
 * Payload's refusal of a write, as a result: validation errors by field (from the collection), or the access refusal
 * (as catalogue keys, read at the edge). Anything else is not the user's doing and is rethrown.
 */
export function refusalOf(error: unknown): Refused {
  const { status, data } = error as PayloadError
  if (status === 400 && data?.errors?.length)
    return { ok: false, status: 400, errors: Object.fromEntries(data.errors.map((e, i) => [e.path ?? `form${i}`, e.message])) }
  if (status === 403) return refuse(403, 'forms.forbidden')
  if (status === 404) return refuse(404, 'forms.gone')
  throw error
}
