import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import type { User } from '@/payload-types'

// The ecosystem pages (actors, initiatives) beside the map: everything read as the user; initiatives published only.

/** Every actor (fields of the overview only), by name. */
export const loadActors = async (payload: Payload, user: User) =>
  (
    await payload.find({
      collection: 'actors',
      ...allAsUser(user),
      sort: 'name',
      select: { name: true, slug: true, acronym: true, level: true, summary: true },
    })
  ).docs

/** An actor by its slug. */
export const loadActor = async (payload: Payload, user: User, slug: string) =>
  (await payload.find({ collection: 'actors', ...allAsUser(user), where: { slug: { equals: slug } }, limit: 1 })).docs[0]

/** The published initiatives an actor leads or takes part in, by title. */
export const loadInitiativesOfActor = async (payload: Payload, user: User, actorId: number) =>
  (
    await payload.find({
      collection: 'initiatives',
      ...allAsUser(user),
      where: { and: [{ _status: { equals: 'published' } }, { or: [{ lead: { equals: actorId } }, { partners: { contains: actorId } }] }] },
      sort: 'title',
    })
  ).docs

/** A published initiative by its slug, with its actors, communes and measures. */
export const loadInitiative = async (payload: Payload, user: User, slug: string) =>
  (
    await payload.find({
      collection: 'initiatives',
      ...allAsUser(user),
      depth: 1,
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      limit: 1,
    })
  ).docs[0]
