/** What a service answers: a French message on success, or an HTTP status with a French reason. */
export type Outcome = { ok: true; message: string } | { ok: false; status: number; message: string }

export const done = (message: string): Outcome => ({ ok: true, message })

export const refuse = (status: number, message: string): Outcome => ({ ok: false, status, message })
