'use server'

import { z } from 'zod'

import { isStaff } from '@/access/roles'
import { asUser } from '@/auth/asUser'
import { day, flag, id, optionalId, optionalWholeNumber, requiredText, text } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import { getTranslations } from '@/i18n/getTranslations'
import type { Contract } from '@/payload-types'
import { badInput, done } from '@/result'

import { contractAnswerKeys, type ContractAnswer } from './vocabulary'

const contract = () => id('contracts.errors.contract')

/**
 * The contract's own fields; every one in error is shown at once. The provider comes as a name (picked from the
 * suggestions or typed): the field's hook turns it into the provider's record (collections/Contracts/providerField.ts).
 */
const contractFields = {
  provider: requiredText(200, 'contracts.errors.provider'),
  service: requiredText(300, 'contracts.errors.service'),
  startDate: day('contracts.errors.startDate').transform((start) => start || null),
  termEndsOn: day('contracts.errors.termEndsOn').transform((end) => end || null),
  noticeMonths: optionalWholeNumber(2, 'contracts.errors.noticeMonths').transform((months) => months ?? 0),
  autoRenewal: flag(),
  notes: text(3000),
}

/** Records a contract for the member's commune (staff choose the commune), then opens it to answer the checklist. */
export const createContractAction = serverAction({
  input: z.object({ ...contractFields, commune: optionalId() }),
  allErrors: true,
  work: async ({ commune, ...fields }, { payload, user }) => {
    if (isStaff(user) && !commune) return badInput('contracts.errors.commune')
    const created = await payload.create({
      collection: 'contracts',
      data: { ...fields, commune: isStaff(user) ? commune : undefined } as unknown as Contract,
      ...asUser(user),
    })
    return done('contracts.done.created', { contract: created.id })
  },
  revalidate: () => ['/contrats'],
  redirectTo: (_input, { contract }) => `/contrats/${contract}?fait=cree`,
})

export const updateContractAction = serverAction({
  input: z.object({ ...contractFields, contract: contract() }),
  allErrors: true,
  work: async ({ contract, ...fields }, { payload, user }) => {
    await payload.update({ collection: 'contracts', id: contract, data: fields as unknown as Partial<Contract>, ...asUser(user) })
    return done('contracts.done.updated')
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
    if (!(contractAnswerKeys as readonly string[]).includes(value)) {
      ctx.addIssue({ code: 'custom', message: 'contracts.errors.answer' })
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
    const t = await getTranslations('contracts.done')
    return done(t('answered', { count: answers.length }))
  },
  revalidate: ({ contract }) => [`/contrats/${contract}`],
})

export const deleteContractAction = serverAction({
  input: z.object({ contract: contract() }),
  work: async ({ contract }, { payload, user }) => {
    await payload.delete({ collection: 'contracts', id: contract, ...asUser(user) })
    return done('contracts.done.deleted')
  },
  revalidate: () => ['/contrats'],
  redirectTo: () => '/contrats?fait=supprime',
})
