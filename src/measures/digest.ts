import type { Payload, TaskConfig } from 'payload'

import { measureDigestHtml, measureDigestSubject, type ValidatedChange } from '@/email/templates/measureDigest'
import type { Measure } from '@/payload-types'

import { proposalChange } from './proposalChange'

/**
 * One e-mail per active member listing every validation not yet announced, then marks them announced:
 * several decisions of one Comité meeting reach people as one digest, and never twice.
 */
export async function sendMeasureDigest(payload: Payload): Promise<{ changes: number; recipients: number }> {
  const { docs: proposals } = await payload.find({
    collection: 'priority-changes',
    where: { and: [{ status: { equals: 'approved' } }, { notifiedAt: { exists: false } }] },
    sort: 'decidedAt',
    depth: 1,
    limit: 0,
    pagination: false,
  })
  if (!proposals.length) return { changes: 0, recipients: 0 }
  const changes: ValidatedChange[] = proposals.map((p) => {
    const measure = p.measure as Measure
    return { number: measure.number, title: measure.title, change: proposalChange(p), meeting: p.meeting }
  })
  const { docs: members } = await payload.find({
    collection: 'users',
    where: { disabled: { not_equals: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { email: true, name: true },
  })
  for (const member of members) {
    await payload.sendEmail({
      to: member.email,
      subject: measureDigestSubject(changes.length),
      html: measureDigestHtml(member.name, changes),
    })
  }
  const now = new Date().toISOString()
  for (const p of proposals) await payload.db.updateOne({ collection: 'priority-changes', id: p.id, data: { notifiedAt: now } })
  return { changes: changes.length, recipients: members.length }
}

export const measureDigestTask: TaskConfig<'measureDigest'> = {
  slug: 'measureDigest',
  label: 'Résumé des priorités validées',
  // Late afternoon: the Comité's decisions of the day go out together.
  schedule: [{ cron: '0 0 18 * * *', queue: 'daily' }],
  handler: async ({ req }) => ({ output: await sendMeasureDigest(req.payload) }),
}
