import type { Payload } from 'payload'

/**
 * PLACEHOLDER (issue 25, engineer B's branch): engineer A writes the real one (recurring checklist actions past
 * their due date, per commune). Same signature; at merge A's file replaces this one.
 */
export async function overdueRecurringByCommune(_payload: Payload, _today: Date): Promise<Map<number, number>> {
  return new Map()
}
