/** What a form's server action answers: a French message on success, or French errors (by field, or `form`). */
export type Result = { ok: true; message: string } | { ok: false; errors: Record<string, string> }

export type FormResult = Result | null

export const refused = (message: string): Result => ({ ok: false, errors: { form: message } })
