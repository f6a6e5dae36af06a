import type { Payload } from 'payload'

import type { Role } from '@/access/roles'

export const PASSWORD = 'Correct-horse-battery-42'

/** The actors of the access rules: every role the matrix in docs/access.md has a column for. */
export const actorNames = ['member A', 'member B', 'validator A', 'cotec', 'copil', 'coordinator', 'admin'] as const
export type ActorName = (typeof actorNames)[number]

export type Person = { id: number; email: string; name: string; communeId: number | null }
export type People = Record<ActorName, Person> & { communeA: { id: number; name: string }; communeB: { id: number; name: string } }

const communeByOfs = async (payload: Payload, ofsNumber: number) => {
  const { docs } = await payload.find({ collection: 'communes', where: { ofsNumber: { equals: ofsNumber } }, limit: 1 })
  return docs[0]!
}

export async function createUser(
  payload: Payload,
  data: { email: string; name: string; roles: Role[]; commune?: number | null; communeValidator?: boolean; communeReferent?: boolean },
): Promise<Person> {
  const user = await payload.create({ collection: 'users', data: { ...data, password: PASSWORD } })
  return { id: user.id, email: user.email, name: user.name, communeId: data.commune ?? null }
}

/** Commune A is Sion, commune B is Martigny; one person per actor, e-mails prefixed to stay unique. */
export async function createPeople(payload: Payload, prefix = 'p'): Promise<People> {
  const communeA = await communeByOfs(payload, 6266)
  const communeB = await communeByOfs(payload, 6136)
  const make = (key: string, name: string, roles: Role[], extra: { commune?: number; communeValidator?: boolean } = {}) =>
    createUser(payload, { email: `${prefix}.${key}@test.local`, name, roles, ...extra })
  const [memberA, memberB, validatorA, cotec, copil, coordinator, admin] = await Promise.all([
    make('member-a', 'Anne Membre', ['member'], { commune: communeA.id }),
    make('member-b', 'Bruno Membre', ['member'], { commune: communeB.id }),
    make('validator-a', 'Valérie Validatrice', ['member'], { commune: communeA.id, communeValidator: true }),
    make('cotec', 'Thierry Cotec', ['cotec', 'member']),
    make('copil', 'Paula Copil', ['copil', 'member']),
    make('coordinator', 'Claire Coordination', ['coordinator']),
    make('admin', 'Alex Admin', ['admin']),
  ])
  return {
    'member A': memberA!,
    'member B': memberB!,
    'validator A': validatorA!,
    cotec: cotec!,
    copil: copil!,
    coordinator: coordinator!,
    admin: admin!,
    communeA: { id: communeA.id, name: communeA.name },
    communeB: { id: communeB.id, name: communeB.name },
  }
}
