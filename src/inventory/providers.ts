import type { Payload, PayloadRequest } from 'payload'

import type { Provider, User } from '@/payload-types'

import { comparableName } from './products'

/** The provider a typed name means: one whose name or another name is the same, case, accents and spaces aside. */
export function findProvider(providers: Pick<Provider, 'id' | 'name' | 'aliases'>[], typed: string) {
  const wanted = comparableName(typed)
  if (!wanted) return null
  return providers.find((p) => [p.name, ...(p.aliases ?? []).map((a) => a.name)].some((name) => comparableName(name) === wanted)) ?? null
}

/**
 * The provider record for a name typed in the inventory form: the existing one (by name or other name), else a
 * new one created as the person (a commune's secretary or référent may add a provider; coordinators merge later).
 */
export async function providerFor(payload: Payload, user: User, typed: string, req: PayloadRequest): Promise<number | null> {
  const name = typed.trim()
  if (!name) return null
  const providers = await payload.find({
    collection: 'providers',
    depth: 0,
    limit: 0,
    pagination: false,
    user,
    overrideAccess: false,
    req,
    select: { name: true, aliases: true },
  })
  const known = findProvider(providers.docs, name)
  if (known) return known.id
  const created = await payload.create({ collection: 'providers', data: { name }, user, overrideAccess: false, req })
  return created.id
}
