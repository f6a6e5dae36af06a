import type { Result } from '@/result'

/** What a ResultForm shows (src/components/ResultForm.tsx): a message, or errors by field (`form`: the whole form), in the person's language. */
export type FormState =
  { ok: true; message: string } | { ok: false; errors: Record<string, string>; values?: Record<string, string> } | null

/** The form edge of a service result: its message, or its errors by field (the REST status is of no use here). */
export const formState = (result: Result): FormState =>
  result.ok ? { ok: true, message: result.message } : { ok: false, errors: result.errors }
