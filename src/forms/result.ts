/** What a form's server action answers: a French message on success, or French errors (by field, or `form`). */
export type Result = { ok: true; message: string } | { ok: false; errors: Record<string, string> }

export type FormResult = Result | null

export const refused = (message: string): Result => ({ ok: false, errors: { form: message } })

type PayloadError = { status?: number; data?: { errors?: { path?: string; message: string }[] }; message?: string }

/**
 * Payload's refusal of a write, as a form result: validation errors by field (French, from the collection),
 * or the access refusal. Anything else is not the user's doing and is rethrown.
 */
export function refusalOf(error: unknown): Result {
  const { status, data } = error as PayloadError
  if (status === 400 && data?.errors?.length)
    return { ok: false, errors: Object.fromEntries(data.errors.map((e, i) => [e.path ?? `form${i}`, e.message])) }
  if (status === 403) return refused('Vous n’avez pas le droit de faire cette modification.')
  if (status === 404) return refused('Cet élément n’existe plus.')
  throw error
}

/** A service's outcome as a form result. */
export const resultOf = (outcome: { ok: true; message: string } | { ok: false; message: string }): Result =>
  outcome.ok ? { ok: true, message: outcome.message } : refused(outcome.message)
