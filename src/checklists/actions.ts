'use server'

import { revalidatePath } from 'next/cache'

import { checklistStates, type ChecklistState } from './vocabulary'
import { communeOf } from '../access/roles'
import { asUser } from '../auth/asUser'
import { requireSession } from '../auth/currentUser'

/**
 * Records the user's commune's state for one checklist item. Access rules and the collection's hook decide
 * (own commune only, existing item of a published guide); this only upserts as the logged-in user.
 */
export async function setChecklistState(form: FormData): Promise<void> {
  const { payload, user } = await requireSession()
  const guide = Number(form.get('guide'))
  const itemKey = String(form.get('itemKey') ?? '')
  const state = String(form.get('state') ?? '') as ChecklistState
  const slug = String(form.get('slug') ?? '')
  if (!Number.isInteger(guide) || !(state in checklistStates)) throw new Error('Réponse de checklist invalide.')

  const commune = communeOf(user as never)
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
  revalidatePath(`/guides/${slug}`)
}
