'use server'

import { z } from 'zod'

import { communeOf } from '@/access/roles'
import { asUser } from '@/auth/asUser'
import { choice, id, verbatim } from '@/forms/read'
import { serverAction, withoutState } from '@/forms/serverAction'
import { done } from '@/result'

import { checklistStates } from './vocabulary'

const invalid = 'Réponse de checklist invalide.'

/**
 * Records the user's commune's state for one checklist item. Access rules and the collection's hook decide
 * (own commune only, existing item of a published guide); this only upserts as the logged-in user.
 */
export const setChecklistState = withoutState(
  serverAction({
    input: z.object({ guide: id(invalid), state: choice(checklistStates, invalid), itemKey: verbatim(), slug: verbatim() }),
    work: async ({ guide, state, itemKey }, { payload, user }) => {
      const commune = communeOf(user)
      const existing = await payload.find({
        collection: 'checklist-progress',
        where: { and: [{ guide: { equals: guide } }, { itemKey: { equals: itemKey } }, { commune: { equals: commune } }] },
        ...asUser(user),
        limit: 1,
        depth: 0,
      })
      const current = existing.docs[0]
      if (current) {
        await payload.update({ collection: 'checklist-progress', id: current.id, data: { state }, ...asUser(user) })
      } else {
        // The commune is named for coordinators who belong to one; for members the collection pins it anyway.
        await payload.create({ collection: 'checklist-progress', data: { commune, guide, itemKey, state } as never, ...asUser(user) })
      }
      return done('État enregistré.')
    },
    revalidate: ({ slug }) => [`/guides/${slug}`],
  }),
)
