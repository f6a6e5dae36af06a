import type { Payload, TaskConfig } from 'payload'

import { poolOf } from '@/db/pool'

/**
 * How long the audit trail keeps a row (RELAIS_AUDIT_RETENTION_YEARS, default 10): a contract runs for years and
 * is renewed, and a commune keeps its business records ten years (CO art. 958f), so "who changed this contract"
 * must still be answerable that long; beyond it the rows (which name people and addresses) are removed.
 */
export function auditRetentionYears(): number {
  const years = Number(process.env.RELAIS_AUDIT_RETENTION_YEARS ?? 10)
  return Number.isFinite(years) && years >= 1 ? Math.floor(years) : 10
}

/**
 * Removes the rows older than the retention period. The table refuses every UPDATE and DELETE (a trigger, see
 * the audit migration) unless the transaction has set `relais.audit_retention`: only this job does, and only for
 * rows past the period (the trigger checks the age too). `now` is a parameter for the tests.
 */
export async function purgeAuditTrail(payload: Payload, now = new Date()): Promise<{ deleted: number }> {
  const cutoff = new Date(now)
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - auditRetentionYears())
  const client = await poolOf(payload).connect()
  try {
    await client.query('begin')
    await client.query(`select set_config('relais.audit_retention', $1, true)`, [cutoff.toISOString()])
    const { rowCount } = await client.query('delete from audit_events where created_at < $1', [cutoff.toISOString()])
    await client.query('commit')
    return { deleted: rowCount ?? 0 }
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

export const auditRetentionTask: TaskConfig<'auditRetention'> = {
  slug: 'auditRetention',
  label: 'Audit trail: delete expired entries',
  schedule: [{ cron: '0 45 5 * * *', queue: 'daily' }],
  handler: async ({ req }) => ({ output: await purgeAuditTrail(req.payload) }),
}
