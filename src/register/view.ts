import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { withNames } from '@/contracts/view'
import type { CommuneRegister, Contract, DigitalDecision, DigitalIncident, User } from '@/payload-types'

export type RegisterView = {
  register: CommuneRegister | null
  decisions: DigitalDecision[]
  incidents: DigitalIncident[]
  contracts: Contract[]
}

/** A commune's register (référent, decision and incident logs) and its contracts, read as the user. */
export async function loadRegister(payload: Payload, user: User, communeId: number): Promise<RegisterView> {
  const read = { ...allAsUser(user), where: { commune: { equals: communeId } } }
  const [register, decisions, incidents, contracts] = await Promise.all([
    payload.find({ ...read, collection: 'commune-registers', limit: 1, pagination: true }),
    payload.find({ ...read, collection: 'digital-decisions', sort: '-decidedOn' }),
    payload.find({ ...read, collection: 'digital-incidents', sort: '-occurredOn' }),
    payload.find({ ...read, ...withNames, collection: 'contracts', sort: 'noticeDeadline' }),
  ])
  return { register: register.docs[0] ?? null, decisions: decisions.docs, incidents: incidents.docs, contracts: contracts.docs }
}
