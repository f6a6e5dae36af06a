import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { loadCommuneNames } from '@/communes/view'
import { zurichDay } from '@/fields/day'
import { idOf } from '@/fields/idOf'
import type { Provider, User } from '@/payload-types'

import { providerAudience, type RegionalProvider, regionalProviders } from './regional'

/** Every provider record with its aliases, by name, as the user reads them (every member reads providers). */
export const loadProviders = async (payload: Payload, user: User): Promise<Provider[]> =>
  (await payload.find({ collection: 'providers', ...allAsUser(user), sort: 'name' })).docs

/** The providers' names, for the suggestions of the contract form. */
export const loadProviderNames = async (payload: Payload, user: User): Promise<string[]> =>
  (await payload.find({ collection: 'providers', ...allAsUser(user), sort: 'name', select: { name: true } })).docs.map((p) => p.name)

/**
 * The region's view of providers for the user (null: not theirs to see). The coordination reads the contracts
 * as itself (it reads every commune's). The COPIL cannot read any contract: the view is computed by the system
 * from the few fields it needs (never the communes' names, services or notes) and only its anonymised result
 * reaches the COPIL.
 */
export async function loadRegionalProviders(payload: Payload, user: User, now = new Date()): Promise<RegionalProvider[] | null> {
  const audience = providerAudience(user)
  if (!audience) return null
  const read = audience === 'coordination' ? allAsUser(user) : { limit: 0, pagination: false as const, depth: 0, overrideAccess: true }
  const [providers, contracts, criteria, communes] = await Promise.all([
    payload.find({ collection: 'providers', ...read, select: { name: true } }),
    payload.find({
      collection: 'contracts',
      ...read,
      // The service is typed by the commune and may name it: read, but handed on to the coordination only.
      select: { provider: true, commune: true, service: true, noticeDeadline: true, answers: true },
    }),
    payload.find({ collection: 'contract-criteria', ...read, sort: 'position', select: { title: true } }),
    audience === 'coordination' ? loadCommuneNames(payload, user) : [],
  ])
  return regionalProviders({
    audience,
    today: zurichDay(now),
    providers: providers.docs,
    criteria: criteria.docs,
    communeNames: audience === 'coordination' ? new Map(communes.map((c) => [c.id, c.name])) : undefined,
    contracts: contracts.docs
      .filter((c) => c.provider)
      .map((c) => ({
        id: c.id,
        provider: idOf(c.provider),
        commune: idOf(c.commune),
        service: audience === 'coordination' ? (c.service ?? '') : '',
        noticeDeadline: c.noticeDeadline ? zurichDay(c.noticeDeadline) : null,
        answers: (c.answers ?? []).map((a) => ({ criterion: idOf(a.criterion), answer: a.answer })),
      })),
  })
}

export type MergeChoice = { id: number; name: string; aliases: string[]; contracts: number }

/** The merge screen's providers (coordination only: it reads every commune's contracts), with how many contracts each has. */
export async function loadMergeChoices(payload: Payload, user: User): Promise<MergeChoice[]> {
  const [providers, contracts] = await Promise.all([
    loadProviders(payload, user),
    payload.find({ collection: 'contracts', ...allAsUser(user), select: { provider: true } }),
  ])
  const count = new Map<number, number>()
  for (const contract of contracts.docs)
    if (contract.provider) count.set(idOf(contract.provider), (count.get(idOf(contract.provider)) ?? 0) + 1)
  return providers.map((p) => ({ id: p.id, name: p.name, aliases: (p.aliases ?? []).map((a) => a.name), contracts: count.get(p.id) ?? 0 }))
}
