'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { isStaff } from '../access/roles'
import { asUser } from '../auth/asUser'
import { requireSession } from '../auth/currentUser'
import { formDay, formFlag, formId, formText } from '../forms/read'
import { type FormResult, refusalOf, refused } from '../forms/result'
import type { Contract } from '../payload-types'
import { contractAnswers, type ContractAnswer } from './vocabulary'

/** The contract's own fields from the form, or the French errors of what is missing or malformed. */
function contractFields(form: FormData): Partial<Contract> | FormResult {
  const errors: Record<string, string> = {}
  const provider = formText(form, 'provider', 200)
  const service = formText(form, 'service', 300)
  const startDate = formDay(form, 'startDate')
  const termEndsOn = formDay(form, 'termEndsOn')
  const notice = formText(form, 'noticeMonths', 10)
  if (!provider) errors.provider = 'Indiquez le prestataire.'
  if (!service) errors.service = 'Indiquez la prestation ou le logiciel.'
  if (startDate === null) errors.startDate = 'La date de début n’est pas une date valable.'
  if (termEndsOn === null) errors.termEndsOn = 'La date d’échéance n’est pas une date valable.'
  if (notice && !/^\d{1,2}$/.test(notice)) errors.noticeMonths = 'Le préavis se compte en mois entiers (de 0 à 36).'
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    provider,
    service,
    startDate: startDate || null,
    termEndsOn: termEndsOn || null,
    noticeMonths: notice ? Number(notice) : 0,
    autoRenewal: formFlag(form, 'autoRenewal'),
    notes: formText(form, 'notes', 3000),
  }
}

const isResult = (value: unknown): value is FormResult => Boolean(value && typeof value === 'object' && 'ok' in value)

/** Records a contract for the member's commune (staff choose the commune), then opens it to answer the checklist. */
export async function createContractAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const fields = contractFields(form)
  if (isResult(fields)) return fields
  const commune = isStaff(user) ? formId(form, 'commune') : undefined
  if (isStaff(user) && !commune) return refused('Choisissez la commune.')
  let id: number
  try {
    id = (await payload.create({ collection: 'contracts', data: { ...fields, commune } as Contract, ...asUser(user) })).id
  } catch (error) {
    return refusalOf(error)
  }
  revalidatePath('/contrats')
  redirect(`/contrats/${id}?fait=cree`)
}

export async function updateContractAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const id = formId(form, 'contract')
  const fields = contractFields(form)
  if (isResult(fields)) return fields
  if (!id) return refused('Contrat inconnu.')
  try {
    await payload.update({ collection: 'contracts', id, data: fields, ...asUser(user) })
  } catch (error) {
    return refusalOf(error)
  }
  revalidatePath(`/contrats/${id}`)
  return { ok: true, message: 'Contrat mis à jour.' }
}

/** The whole checklist at once: one answer (or none yet) per point, with an optional precision. */
export async function answerChecklistAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const id = formId(form, 'contract')
  if (!id) return refused('Contrat inconnu.')
  const answers: { criterion: number; answer: ContractAnswer; note: string }[] = []
  for (const [name, value] of form.entries()) {
    const criterion = /^answer-(\d{1,10})$/.exec(name)?.[1]
    if (!criterion || value === '') continue
    if (!Object.hasOwn(contractAnswers, String(value))) return refused('Réponse inconnue : choisissez oui, partiellement, non, je ne sais pas ou sans objet.')
    answers.push({ criterion: Number(criterion), answer: value as ContractAnswer, note: formText(form, `note-${criterion}`, 500) })
  }
  try {
    await payload.update({ collection: 'contracts', id, data: { answers }, ...asUser(user) })
  } catch (error) {
    return refusalOf(error)
  }
  revalidatePath(`/contrats/${id}`)
  return { ok: true, message: `Réponses enregistrées (${answers.length}).` }
}

export async function deleteContractAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const id = formId(form, 'contract')
  if (!id) return refused('Contrat inconnu.')
  try {
    await payload.delete({ collection: 'contracts', id, ...asUser(user) })
  } catch (error) {
    return refusalOf(error)
  }
  revalidatePath('/contrats')
  redirect('/contrats?fait=supprime')
}
