'use server'

import { z } from 'zod'

import { asUser } from '@/auth/asUser'
import { flag, id, text } from '@/forms/read'
import { serverAction, type Session } from '@/forms/serverAction'
import { serverTranslator } from '@/i18n/server'
import { approveMinutes } from '@/meetings/approval'
import { decideFromMeeting } from '@/meetings/proposalDecision'
import type { AgendaItem } from '@/payload-types'
import { done, refuse, type Result } from '@/result'

import { measureIds, measureNumbers, meetingOf, minutes } from './input'

const item = () => id('meetings.forms.unknownItem')
const meetingPage = ({ meeting }: { meeting: number }) => [`/seances/${meeting}`]

/** The item's fields from the add/edit form: title, duration, presenter, measures, one document link, confidentiality. */
const itemFields = {
  durationMinutes: minutes(),
  measures: measureNumbers(),
  title: text(),
  presenter: text().transform((presenter) => presenter || null),
  documentUrl: text(),
  documentTitle: text(),
  confidential: flag(),
}

type ItemInput = z.output<z.ZodObject<typeof itemFields>>

/** The item's data, with the measures' ids for their numbers (or the refusal of unknown ones). */
async function itemData(session: Session, { measures: numbers, documentUrl, documentTitle, ...fields }: ItemInput) {
  const measures = await measureIds(session, numbers)
  if (!Array.isArray(measures)) return measures
  const documents = documentUrl ? [{ title: documentTitle || 'Document', url: documentUrl }] : []
  return { ...fields, measures, documents } satisfies Partial<AgendaItem>
}

export const addItemAction = serverAction({
  input: z.object({ meeting: id('meetings.forms.unknownMeeting'), ...itemFields }),
  work: async ({ meeting, ...fields }, session) => {
    const data = await itemData(session, fields)
    if ('ok' in data) return data
    await session.payload.create({ collection: 'agenda-items', data: { ...data, meeting } as AgendaItem, ...asUser(session.user) })
    return done((await serverTranslator('meetings.results'))('itemAdded', { title: data.title }))
  },
  revalidate: meetingPage,
})

export const updateItemAction = serverAction({
  input: z.object({ ...itemFields, item: item() }),
  work: async ({ item, ...fields }, session) => {
    const data = await itemData(session, fields)
    if ('ok' in data) return data
    // Without a link in the form, the item's documents stay as they are.
    const { documents, ...rest } = data
    const updated = await session.payload.update({
      collection: 'agenda-items',
      id: item,
      data: fields.documentUrl ? { ...rest, documents } : rest,
      ...asUser(session.user),
    })
    return done((await serverTranslator('meetings.results'))('itemSaved'), { meeting: meetingOf(updated) })
  },
  revalidate: (_input, result) => meetingPage(result),
})

/** Moves an item up or down by swapping its place with its neighbour's. */
export const moveItemAction = serverAction({
  input: z.object({ item: item(), direction: text() }),
  work: async ({ item: itemId, direction }, { payload, user }) => {
    const moved = await payload.findByID({ collection: 'agenda-items', id: itemId, ...asUser(user), depth: 0 })
    const { docs } = await payload.find({
      collection: 'agenda-items',
      where: { meeting: { equals: moved.meeting } },
      sort: ['position', 'id'],
      ...asUser(user),
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const index = docs.findIndex((d) => d.id === itemId)
    const other = docs[direction === 'up' ? index - 1 : index + 1]
    if (!other) return refuse(409, (await serverTranslator('meetings.results'))('alreadyAtEnd'))
    // Positions are renumbered 1..n in the new order, so that equal or missing positions never block a move.
    const order = docs.map((d) => d.id)
    const [a, b] = [order.indexOf(itemId), order.indexOf(other.id)]
    ;[order[a], order[b]] = [order[b]!, order[a]!]
    for (const [position, docId] of order.entries())
      if (docs.find((d) => d.id === docId)!.position !== position + 1)
        await payload.update({ collection: 'agenda-items', id: docId, data: { position: position + 1 }, ...asUser(user) })
    return done((await serverTranslator('meetings.results'))('reordered'), { meeting: meetingOf(moved) })
  },
  revalidate: (_input, result) => meetingPage(result),
})

export const deleteItemAction = serverAction({
  input: z.object({ item: item() }),
  work: async ({ item }, { payload, user }) => {
    const deleted = await payload.delete({ collection: 'agenda-items', id: item, ...asUser(user) })
    return done((await serverTranslator('meetings.results'))('itemRemoved'), { meeting: meetingOf(deleted) })
  },
  revalidate: (_input, result) => meetingPage(result),
})

/** The minutes of one item: what was said, and the decision (or "pas de décision"). */
export const minutesAction = serverAction({
  input: z
    .object({ noDecision: flag(), decision: text(), notes: text(), item: item() })
    .refine(({ noDecision, decision }) => !(noDecision && decision), {
      message: 'meetings.forms.decisionOrNone',
      path: ['decision'],
    }),
  work: async ({ item, notes, decision, noDecision }, { payload, user }) => {
    const updated = await payload.update({
      collection: 'agenda-items',
      id: item,
      data: { notes: notes || null, decision: decision || null, noDecision },
      ...asUser(user),
    })
    return done((await serverTranslator('meetings.results'))('minutesSaved'), { meeting: meetingOf(updated) })
  },
  revalidate: (_input, result) => meetingPage(result),
})

/** The meeting of an approved or decided item, to go back to its page. */
async function withMeeting({ payload, user }: Session, itemId: number, result: Result): Promise<Result<{ meeting: number }>> {
  if (!result.ok) return result
  const found = await payload.findByID({ collection: 'agenda-items', id: itemId, ...asUser(user), depth: 0 })
  return { ...result, meeting: meetingOf(found) }
}

export const approveMinutesAction = serverAction({
  input: z.object({ item: item() }),
  work: async ({ item }, session) => withMeeting(session, item, await approveMinutes(session.payload, session.user, item)),
  revalidate: () => [['/seances', 'layout']],
  redirectTo: (_input, { meeting }) => `/seances/${meeting}?fait=minutes`,
})

export const proposalDecisionAction = serverAction({
  input: z.object({ item: item(), decision: text(), comment: text() }),
  work: async ({ item, decision, comment }, session) =>
    withMeeting(
      session,
      item,
      await decideFromMeeting(session.payload, session.user, item, { decision: decision as 'approved' | 'rejected', comment }),
    ),
  revalidate: () => [
    ['/seances', 'layout'],
    ['/mesures', 'layout'],
  ],
  redirectTo: (_input, { meeting }) => `/seances/${meeting}?fait=proposal`,
})

/** Puts every pending priority proposal on the Comité's agenda, one item each, linked for the decision. */
export const addProposalsAction = serverAction({
  input: z.object({ meeting: id('meetings.forms.unknownMeeting') }),
  work: async ({ meeting }, { payload, user }) => {
    const [pending, listed] = await Promise.all([
      payload.find({
        collection: 'priority-changes',
        where: { status: { equals: 'pending' } },
        ...asUser(user),
        limit: 0,
        pagination: false,
        depth: 1,
        sort: 'createdAt',
      }),
      payload.find({
        collection: 'agenda-items',
        where: { and: [{ meeting: { equals: meeting } }, { priorityChange: { exists: true } }] },
        ...asUser(user),
        limit: 0,
        pagination: false,
        depth: 0,
      }),
    ])
    const already = new Set(listed.docs.map((listedItem) => listedItem.priorityChange))
    const toAdd = pending.docs.filter((proposal) => !already.has(proposal.id))
    if (!toAdd.length) return refuse(409, (await serverTranslator('meetings.results'))('noProposals'))
    for (const proposal of toAdd) {
      const measure = proposal.measure as { id: number; number: number; title: string }
      await payload.create({
        collection: 'agenda-items',
        data: {
          meeting,
          title: (await serverTranslator('meetings.results'))('proposalItem', { number: measure.number, title: measure.title }),
          durationMinutes: 10,
          measures: [measure.id],
          priorityChange: proposal.id,
        } as AgendaItem,
        ...asUser(user),
      })
    }
    return done((await serverTranslator('meetings.results'))('proposalsAdded', { count: toAdd.length }))
  },
  revalidate: meetingPage,
})
