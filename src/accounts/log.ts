import type { Payload, PayloadRequest } from 'payload'

import type { AccountEventType } from './vocabulary'

type Entry = {
  type: AccountEventType
  email: string
  commune?: number | null
  user?: number
  request?: number
  actor?: number | null
  note?: string
}

/** Appends to the account log (system write: the log is read-only for everyone). */
export async function logAccountEvent(payload: Payload, entry: Entry, req?: Partial<PayloadRequest>) {
  await payload.create({
    collection: 'account-events',
    data: { ...entry, commune: entry.commune ?? undefined, actor: entry.actor ?? undefined },
    req,
  })
}
