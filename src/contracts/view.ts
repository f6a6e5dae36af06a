import type { Payload } from 'payload'

import { allAsUser, asUser } from '@/auth/asUser'
import { zurichDay } from '@/fields/day'
import { idOf } from '@/fields/idOf'
import type { Contract, ContractCriterion, User } from '@/payload-types'

import { type Assessment, assessContract } from './assessment'
import { daysUntil } from './noticeDeadline'
import { noticeReminderDays } from './vocabulary'

export type NoticeState = 'passed' | 'soon' | 'later'

export type ContractView = { contract: Contract; assessment: Assessment; daysLeft: number | null; notice: NoticeState | null }

/** The checklist, in order, as the user reads it. */
export const loadCriteria = async (payload: Payload, user: User): Promise<ContractCriterion[]> =>
  (await payload.find({ collection: 'contract-criteria', ...allAsUser(user), sort: 'position' })).docs

/** Read options that bring each contract's provider (and commune) with their names only. */
export const withNames = {
  depth: 1,
  populate: { providers: { name: true }, communes: { name: true }, 'contract-criteria': { key: true } },
} as const

/** The contracts the user may read (their commune's; staff: every commune's), by notice deadline. */
export const loadContracts = async (payload: Payload, user: User): Promise<Contract[]> =>
  (await payload.find({ collection: 'contracts', ...allAsUser(user), ...withNames, sort: 'noticeDeadline' })).docs

/** One contract with its commune, read as the user, or null. */
export const loadContract = async (payload: Payload, user: User, id: number): Promise<Contract | null> =>
  (await payload.findByID({ collection: 'contracts', id, ...asUser(user), ...withNames, disableErrors: true })) as Contract | null

/** A contract with its score, gaps and how close its notice deadline is (from today, in Zurich). */
export function contractView(contract: Contract, criteria: ContractCriterion[], now = new Date()): ContractView {
  const answers = (contract.answers ?? []).map((a) => ({ criterion: idOf(a.criterion), answer: a.answer, note: a.note }))
  const daysLeft = contract.noticeDeadline ? daysUntil(zurichDay(contract.noticeDeadline), zurichDay(now)) : null
  const notice = daysLeft === null ? null : daysLeft < 0 ? 'passed' : daysLeft <= noticeReminderDays ? 'soon' : 'later'
  return { contract, assessment: assessContract(criteria, answers), daysLeft, notice }
}
