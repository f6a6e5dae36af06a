'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import type { MeasureChangeContext } from '../../collections/Measures/hooks/recordMeasureUpdates'
import { asUser } from '../auth/asUser'
import { requireSession } from '../auth/currentUser'
import { type FormResult, refusalOf, refused } from '../forms/result'
import type { Measure } from '../payload-types'
import { decideProposal } from './decide'
import { formText } from '../forms/read'

const text = (form: FormData, name: string) => formText(form, name, 5000)
const id = (form: FormData, name: string) => {
  const value = Number(form.get(name))
  return Number.isInteger(value) && value > 0 ? value : null
}

/** COTEC members (and staff): a measure's status and progress, with an optional note for the history. */
export async function updateMeasureAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const measureId = id(form, 'measure')
  if (!measureId) return refused('Mesure inconnue.')
  const progressText = text(form, 'progress')
  if (!/^\d{1,3}$/.test(progressText)) return { ok: false, errors: { progress: 'L’avancement est un nombre entier entre 0 et 100.' } }
  const context: MeasureChangeContext = { measureNote: text(form, 'note') || undefined }
  try {
    const measure = await payload.update({
      collection: 'measures',
      id: measureId,
      data: { status: text(form, 'status') as Measure['status'], progress: Number(progressText) },
      context,
      ...asUser(user),
    })
    revalidatePath(`/mesures/${measure.number}`)
    return { ok: true, message: 'État et avancement enregistrés.' }
  } catch (error) {
    return refusalOf(error)
  }
}

/** COTEC members (and staff): propose a new priority and/or rank, with the rationale the Comité will read. */
export async function proposeAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const measureId = id(form, 'measure')
  if (!measureId) return refused('Mesure inconnue.')
  const rankText = text(form, 'toRank')
  if (rankText && !/^\d{1,3}$/.test(rankText)) return { ok: false, errors: { toRank: 'Le rang est un nombre entier (1 = en tête de liste).' } }
  try {
    await payload.create({
      collection: 'priority-changes',
      data: {
        measure: measureId,
        toPriority: (text(form, 'toPriority') || null) as 'A' | 'B' | 'C' | null,
        toRank: rankText ? Number(rankText) : null,
        rationale: text(form, 'rationale'),
        status: 'pending', // the collection's hook sets it anyway
      },
      ...asUser(user),
    })
  } catch (error) {
    return refusalOf(error)
  }
  revalidatePath('/mesures', 'layout')
  return { ok: true, message: 'Proposition transmise au Comité : elle apparaît dans l’historique de la mesure.' }
}

/** The Comité (or a coordinator citing the meeting): validate or reject a pending proposal. */
export async function decideAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const proposalId = id(form, 'proposal')
  if (!proposalId) return refused('Proposition inconnue.')
  const decision = text(form, 'decision') as 'approved' | 'rejected'
  const outcome = await decideProposal(payload, user, proposalId, { decision, comment: text(form, 'comment'), meeting: text(form, 'meeting') })
  if (!outcome.ok) return refused(outcome.message)
  revalidatePath('/mesures', 'layout')
  // The decided proposal leaves the pending list (and its form with it): the page tells the outcome.
  redirect(`/mesures/propositions?decidee=${proposalId}`)
}
