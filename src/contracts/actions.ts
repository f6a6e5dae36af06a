'use server'

import { z } from 'zod'

import { isStaff } from '@/access/roles'
import { asUser } from '@/auth/asUser'
import { day, flag, id, optionalId, optionalWholeNumber, requiredText, text } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import type { Contract } from '@/payload-types'
import { badInput, done } from '@/result'

import { contractAnswers, type ContractAnswer } from './vocabulary'

const contract = () => id('Contrat inconnu.')

/**
 * The contract's own fields; every one in error is shown at once. The provider comes as a name (picked from the
 * suggestions or typed): the field's hook turns it into the provider's record (collections/Contracts/providerField.ts).
 */
const contractFields = {
  provider: requiredText(200, 'Indiquez le prestataire.'),
  service: requiredText(300, 'Indiquez la prestation ou le logiciel.'),
  startDate: day('La date de début n’est pas une date valable.').transform((start) => start || null),
  termEndsOn: day('La date d’échéance n’est pas une date valable.').transform((end) => end || null),
  noticeMonths: optionalWholeNumber(2, 'Le préavis se compte en mois entiers (de 0 à 36).').transform((months) => months ?? 0),
  autoRenewal: flag(),
  notes: text(3000),
}

/** Records a contract for the member's commune (staff choose the commune), then opens it to answer the checklist. */
export const createContractAction = serverAction({
  input: z.object({ ...contractFields, commune: optionalId() }),
  allErrors: true,
  work: async ({ commune, ...fields }, { payload, user }) => {
    if (isStaff(user) && !commune) return badInput('Choisissez la commune.')
    const created = await payload.create({
      collection: 'contracts',
      data: { ...fields, commune: isStaff(user) ? commune : undefined } as unknown as Contract,
      ...asUser(user),
    })
    return done('Contrat enregistré.', { contract: created.id })
  },
  revalidate: () => ['/contrats'],
  redirectTo: (_input, { contract }) => `/contrats/${contract}?fait=cree`,
})

export const updateContractAction = serverAction({
  input: z.object({ ...contractFields, contract: contract() }),
  allErrors: true,
  work: async ({ contract, ...fields }, { payload, user }) => {
    await payload.update({ collection: 'contracts', id: contract, data: fields as unknown as Partial<Contract>, ...asUser(user) })
    return done('Contrat mis à jour.')
  },
  revalidate: ({ contract }) => [`/contrats/${contract}`],
})

type Answer = { criterion: number; answer: ContractAnswer; note: string }

/** The whole checklist at once: one answer (or none yet) per point (`answer-<criterion>`), with an optional precision (`note-<criterion>`). */
const checklistAnswers = z.record(z.string(), z.unknown()).transform((fields, ctx): Answer[] => {
  const answers: Answer[] = []
  for (const [name, sent] of Object.entries(fields)) {
    const criterion = /^answer-(\d{1,10})$/.exec(name)?.[1]
    const value = String((Array.isArray(sent) ? sent[0] : sent) ?? '')
    if (!criterion || value === '') continue
    if (!Object.hasOwn(contractAnswers, value)) {
      ctx.addIssue({ code: 'custom', message: 'Réponse inconnue : choisissez oui, partiellement, non, je ne sais pas ou sans objet.' })
      return z.NEVER
    }
    const note = fields[`note-${criterion}`]
    answers.push({
      criterion: Number(criterion),
      answer: value as ContractAnswer,
      note: String((Array.isArray(note) ? note[0] : note) ?? '')
        .slice(0, 500)
        .trim(),
    })
  }
  return answers
})

export const answerChecklistAction = serverAction({
  input: z.preprocess(
    (fields) => ({ ...(fields as object), answers: fields }),
    z.object({ contract: contract(), answers: checklistAnswers }),
  ),
  work: async ({ contract, answers }, { payload, user }) => {
    await payload.update({ collection: 'contracts', id: contract, data: { answers }, ...asUser(user) })
    return done(`Réponses enregistrées (${answers.length}).`)
  },
  revalidate: ({ contract }) => [`/contrats/${contract}`],
})

export const deleteContractAction = serverAction({
  input: z.object({ contract: contract() }),
  work: async ({ contract }, { payload, user }) => {
    await payload.delete({ collection: 'contracts', id: contract, ...asUser(user) })
    return done('Contrat supprimé.')
  },
  revalidate: () => ['/contrats'],
  redirectTo: () => '/contrats?fait=supprime',
})
