import type { Payload, PopulateType, Where } from 'payload'

import { decidesPriorities, sitsOn } from '@/access/roles'
import { allAsUser, asUser } from '@/auth/asUser'
import type { ActionItem, AgendaItem, Committee, Meeting, User } from '@/payload-types'

import { calendarFingerprint } from './agenda'
import { currentMemberships, leadsCommittee } from './committee'
import { meetingSteps } from './steps'
import { isClosed, isCommitteeSlug } from './vocabulary'

/** The committee's last held meeting before this one whose minutes still await approval. */
export async function previousUnapproved(payload: Payload, meeting: Meeting): Promise<Meeting | undefined> {
  const { docs } = await payload.find({
    collection: 'meetings',
    where: {
      and: [
        { committee: { equals: typeof meeting.committee === 'object' ? meeting.committee.id : meeting.committee } },
        { status: { equals: 'held' } },
        { startsAt: { less_than: meeting.startsAt } },
      ],
    },
    sort: '-startsAt',
    limit: 1,
    depth: 0,
  })
  return docs[0]
}

/** Every committee the user may read, by name. */
export const loadCommittees = async (payload: Payload, user: User): Promise<Committee[]> =>
  (await payload.find({ collection: 'committees', ...allAsUser(user), sort: 'name' })).docs

/** Every meeting the user may read (members: convened and later; the committee: its drafts too), by date. */
export const loadMeetings = async (payload: Payload, user: User): Promise<Meeting[]> =>
  (await payload.find({ collection: 'meetings', ...allAsUser(user), sort: 'startsAt' })).docs

/** Open action items, the most urgent first: the user's own, or everyone's they may read, optionally of one committee. */
export async function loadOpenActions(
  payload: Payload,
  user: User,
  { mine, committee }: { mine: boolean; committee?: string },
): Promise<ActionItem[]> {
  const filters: Where[] = [{ status: { equals: 'open' } }]
  if (mine) filters.push({ owner: { equals: user.id } })
  if (isCommitteeSlug(committee)) filters.push({ committeeSlug: { equals: committee } })
  return (await payload.find({ collection: 'action-items', ...allAsUser(user), where: { and: filters }, sort: 'dueDate' })).docs
}

/** A meeting with its committee and the agenda items the user may see (the .ics file), or null. */
export async function loadMeetingForCalendar(payload: Payload, user: User, id: number) {
  const meeting = await findMeeting(payload, user, id)
  if (!meeting) return null
  const [committee, items] = await Promise.all([findCommittee(payload, user, meeting), findAgenda(payload, user, id)])
  return { meeting, committee, items: items.docs }
}

const findMeeting = async (payload: Payload, user: User, id: number) =>
  (await payload.findByID({ collection: 'meetings', id, ...asUser(user), depth: 0, disableErrors: true })) as Meeting | null

const findCommittee = (payload: Payload, user: User, meeting: Meeting) =>
  payload.findByID({ collection: 'committees', id: meeting.committee as number, ...asUser(user), depth: 0 })

/** A meeting's agenda items the user may see, in order; with `populate`, their related records' fields too. */
const findAgenda = (payload: Payload, user: User, meetingId: number, populate?: PopulateType) =>
  payload.find({
    collection: 'agenda-items',
    where: { meeting: { equals: meetingId } },
    sort: ['position', 'id'],
    ...asUser(user),
    limit: 0,
    pagination: false,
    depth: populate ? 1 : 0,
    populate,
  })

export type MeetingView = {
  meeting: Meeting
  committee: Committee
  items: AgendaItem[]
  actions: ActionItem[]
  /** People the committee can assign actions to: its current members. */
  members: { id: number; name: string }[]
  can: {
    edit: boolean
    lead: boolean
    decideProposals: boolean
    /** Approve the previous minutes, decide a proposal: items the meeting settles once convened. */
    settleItems: boolean
    /** Attendance, notes and decisions: once the meeting has begun, until it is closed. */
    writeMinutes: boolean
    /** The steps of its life this person may take now (the service refuses the others). */
    convene: boolean
    close: boolean
    cancel: boolean
  }
  /** The convened meeting changed since the last convocation: an update is due. */
  updateDue: boolean
}

/** Everything the meeting page shows, read as the user: what they may not see is simply absent. */
export async function loadMeeting(payload: Payload, user: User, id: number): Promise<MeetingView | null> {
  const meeting = await findMeeting(payload, user, id)
  if (!meeting) return null
  const [committee, items, actions] = await Promise.all([
    findCommittee(payload, user, meeting),
    findAgenda(payload, user, id, {
      measures: { number: true, title: true },
      'priority-changes': { status: true, fromPriority: true, toPriority: true, fromRank: true, toRank: true, rationale: true },
      meetings: { startsAt: true, title: true, status: true },
    }),
    payload.find({
      collection: 'action-items',
      where: { meeting: { equals: id } },
      sort: 'dueDate',
      ...asUser(user),
      limit: 0,
      pagination: false,
      depth: 0,
    }),
  ])
  const member = sitsOn(user, meeting.committeeSlug)
  const edit = member && !isClosed(meeting.status)
  const lead = leadsCommittee(user, committee) && !isClosed(meeting.status)
  const steps = meetingSteps(meeting)
  const members = currentMemberships(committee).map((m) => ({ id: typeof m.user === 'object' ? m.user.id : m.user, name: m.name ?? '' }))
  return {
    meeting,
    committee,
    items: items.docs,
    actions: actions.docs,
    members,
    can: {
      edit,
      lead,
      decideProposals: decidesPriorities(user) && member,
      settleItems: edit && meeting.status !== 'planned',
      writeMinutes: edit && steps.minutes,
      convene: lead && steps.convene,
      close: lead && steps.close,
      cancel: lead && steps.cancel,
    },
    updateDue: meeting.status === 'convened' && member && calendarFingerprint(meeting, items.docs) !== meeting.sentFingerprint,
  }
}
