import { createLocalReq, type Payload } from 'payload'

import { sitsOn } from '@/access/roles'
import { idOf } from '@/fields/idOf'
import { longDate } from '@/format/dates'
import { loadLanguageSettings } from '@/i18n/languageSettings'
import { serverTranslator } from '@/i18n/server'
import { translatorFor } from '@/i18n/translator'
import { type Decision, decideProposal } from '@/measures/decide'
import { proposalChange } from '@/measures/proposalChange'
import type { AgendaItem, Measure, Meeting, PriorityChange, User } from '@/payload-types'
import { type Result, refuse } from '@/result'

import { fullAgenda } from './agenda'
import { committeeOf } from './committee'

/**
 * Records the Comité's decision on a priority proposal from the meeting's agenda item that lists it: the proposal
 * is decided as on the proposals page, citing this meeting and item, and the item's decision says what changed.
 */
export async function decideFromMeeting(payload: Payload, user: User, itemId: number, input: Omit<Decision, 'meeting'>): Promise<Result> {
  const t = await serverTranslator('meetings.approval')
  // The citation and the minutes' decision are a shared record: written in the instance's language.
  const recordLocale = (await loadLanguageSettings(payload)).defaultLocale
  const record = translatorFor(recordLocale, 'meetings.approval')
  const item = (await payload.findByID({ collection: 'agenda-items', id: itemId, depth: 0, disableErrors: true })) as AgendaItem | null
  if (!item || !sitsOn(user, item.committeeSlug)) return refuse(404, t('unknown'))
  if (!item.priorityChange) return refuse(400, t('notProposal'))
  if (item.meetingStatus !== 'convened' && item.meetingStatus !== 'held') return refuse(409, t('decisionStatus'))
  const req = await createLocalReq({ user }, payload)
  const meeting = (await payload.findByID({ collection: 'meetings', id: idOf(item.meeting), depth: 0 })) as Meeting
  const committee = await committeeOf(req, meeting.committee)
  const number = (await fullAgenda(req, meeting.id)).findIndex((other) => other.id === item.id) + 1
  const citation = record('citation', { committee: committee.shortName, date: longDate(meeting.startsAt, recordLocale), number })
  const outcome = await decideProposal(payload, user, idOf(item.priorityChange), { ...input, meeting: citation })
  if (!outcome.ok) return outcome
  const proposal = (await payload.findByID({ collection: 'priority-changes', id: idOf(item.priorityChange), depth: 1 })) as PriorityChange
  const measure = proposal.measure as Measure
  const change = proposalChange(proposal)
  const decision =
    input.decision === 'approved'
      ? record('proposalApproved', { number: measure.number, change })
      : record('proposalRejected', { number: measure.number, change, comment: input.comment?.trim() ?? '' })
  await payload.update({
    collection: 'agenda-items',
    id: itemId,
    data: { decision: item.decision?.trim() ? `${item.decision}\n${decision}` : decision },
  })
  return outcome
}
