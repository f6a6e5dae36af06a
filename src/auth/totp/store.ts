import type { Payload } from 'payload'

import { poolOf } from '@/db/pool'

import { open, seal } from './secretBox'

/**
 * The second factor's state, read and written in SQL beside Payload: its columns are closed to every API read
 * (see collections/Users/secondFactorFields.ts), and spending a code must be one atomic statement.
 */
export type SecondFactor = { enabled: boolean; secret: string | null; lastStep: number | null }

export async function readSecondFactor(payload: Payload, userId: number): Promise<SecondFactor> {
  const { rows } = await poolOf(payload).query<{ enabled: boolean | null; secret: string | null; last: string | null }>(
    'select totp_enabled as enabled, totp_secret as secret, totp_last_step as last from users where id = $1',
    [userId],
  )
  const row = rows[0]
  return {
    enabled: Boolean(row?.enabled),
    secret: row?.secret ? open(row.secret, payload.secret) : null,
    lastStep: row?.last == null ? null : Number(row.last),
  }
}

/** A new secret waiting for its first code (enrolment); replaces any earlier pending one. */
export async function storePendingSecret(payload: Payload, userId: number, secret: string): Promise<void> {
  await poolOf(payload).query(
    'update users set totp_secret = $1, totp_last_step = null where id = $2 and not coalesce(totp_enabled, false)',
    [seal(secret, payload.secret), userId],
  )
}

/**
 * Records `step` as spent, only if it is later than the last spent one: of two requests carrying the same code,
 * exactly one wins, even at the same instant. Returns whether this request won.
 */
export async function spendStep(payload: Payload, userId: number, step: number): Promise<boolean> {
  const { rowCount } = await poolOf(payload).query(
    'update users set totp_last_step = $1 where id = $2 and (totp_last_step is null or totp_last_step < $1)',
    [step, userId],
  )
  return rowCount === 1
}
