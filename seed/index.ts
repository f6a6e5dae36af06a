import type { Payload } from 'payload'

import { isProduction } from '@/config/runtime'

import { seedActors, seedInitiatives } from './cartography'
import { seedCommittees, seedDemoMeetings } from './committees'
import { communes } from './communes'
import { exampleText } from './content/demo'
import { seedContractCriteria } from './contracts'
import { seedDemoCommune } from './demo-commune'
import { DEMO_PASSWORD, demoUsers } from './demo-users'
import { seedDemoEvents } from './events'
import { seedKnowledgeBase } from './knowledgeBase'
import { seedMeasureDeliverables, seedMeasures } from './measures'
import { seedProcesses } from './processes'
import { seedWatchItems } from './watch'

/**
 * Idempotent: runs at every start, creates what is missing and never overwrites what people edited.
 * Returns the demo logins it guarantees (none in production).
 */
export async function seed(payload: Payload): Promise<{ email: string; roles: string[] }[]> {
  await seedCommunes(payload)
  await seedFirstAdmin(payload)
  const demo = isProduction() || process.env.RELAIS_DEMO === 'off' ? [] : await seedDemoUsers(payload)
  await seedMeasures(payload)
  await seedKnowledgeBase(payload)
  await seedWatchItems(payload)
  await seedMeasureDeliverables(payload)
  await seedCommittees(payload)
  await seedActors(payload)
  await seedInitiatives(payload)
  await seedContractCriteria(payload)
  await seedProcesses(payload)
  if (demo.length) await seedDemoMeetings(payload)
  if (demo.length) await seedDemoEvents(payload)
  if (demo.length) await seedDemoCommune(payload)
  return demo
}

async function seedCommunes(payload: Payload) {
  const existing = await payload.find({ collection: 'communes', limit: 0, pagination: false, depth: 0, select: { ofsNumber: true } })
  const known = new Set(existing.docs.map((doc) => doc.ofsNumber))
  const missing = communes.filter((commune) => !known.has(commune.ofsNumber))
  for (const commune of missing) {
    await payload.create({ collection: 'communes', data: { ...commune, district: String(commune.district) as never } })
  }
  if (missing.length) payload.logger.info(`Seed: ${missing.length} communes created`)
}

/** The first administrator of a production instance comes from RELAIS_ADMIN_EMAIL / RELAIS_ADMIN_PASSWORD. */
async function seedFirstAdmin(payload: Payload) {
  const email = process.env.RELAIS_ADMIN_EMAIL
  const password = process.env.RELAIS_ADMIN_PASSWORD
  if (!email || !password) return
  const admins = await payload.count({ collection: 'users', where: { roles: { contains: 'admin' } } })
  if (admins.totalDocs > 0) return
  await payload.create({ collection: 'users', data: { email, password, name: 'Administrateur', roles: ['admin'] } })
  payload.logger.info(`Seed: first administrator ${email} created`)
}

async function seedDemoUsers(payload: Payload) {
  for (const demo of demoUsers) {
    const found = await payload.count({ collection: 'users', where: { email: { equals: demo.email } } })
    if (found.totalDocs > 0) continue
    const commune = demo.communeOfs
      ? (await payload.find({ collection: 'communes', where: { ofsNumber: { equals: demo.communeOfs } }, limit: 1 })).docs[0]
      : undefined
    const { communeOfs: _ofs, ...fields } = demo
    await payload.create({ collection: 'users', data: { ...fields, password: DEMO_PASSWORD, commune: commune?.id } })
  }
  await seedDemoRequest(payload)
  return demoUsers.map(({ email, roles }) => ({ email, roles }))
}

/** One confirmed request waiting for Sion's secretary, so that the validation screen is not empty in the demo; labelled as an example. */
export async function seedDemoRequest(payload: Payload) {
  if ((await payload.count({ collection: 'account-requests' })).totalDocs > 0) return
  const sion = (await payload.find({ collection: 'communes', where: { ofsNumber: { equals: 6266 } }, limit: 1 })).docs[0]
  if (!sion) return
  await payload.create({
    collection: 'account-requests',
    data: {
      name: 'Nicolas Nouveau',
      email: 'nicolas.nouveau@relais.test',
      commune: sion.id,
      function: 'Bureau des travaux publics',
      requestedRole: 'member',
      comment: exampleText('nouveau collaborateur depuis le 1er novembre.'),
      status: 'pending',
      confirmedAt: new Date().toISOString(),
    },
  })
}
