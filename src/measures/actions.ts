'use server'

import { z } from 'zod'

import { asUser } from '@/auth/asUser'
import { choice, day, id, optionalWholeNumber, requiredText, text, wholeNumber } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import { serverTranslator } from '@/i18n/server'
import type { Translate } from '@/i18n/translator'
import type { Measure } from '@/payload-types'
import { done } from '@/result'
import type { MeasureChangeContext } from '@collections/Measures/hooks/recordMeasureUpdates'

import { decideProposal } from './decide'
import { changeMilestones } from './milestones'

/**
 * A field of src/forms/read.ts whose refusal is a message of the catalogue `measures.form`, in the language of the
 * request (the schema is built once, the language is the sender's): the field is made with the translator when read.
 */
const inLanguage = <T>(make: (t: Translate) => z.ZodType<T>) =>
  z.unknown().transform(async (value, ctx): Promise<T> => {
    const parsed = await make(await serverTranslator('measures.form')).safeParseAsync(value)
    if (parsed.success) return parsed.data
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? '' })
    return z.NEVER
  })

const measure = () => inLanguage((t) => id(t('unknownMeasure')))

/** COTEC members (and staff): a measure's status and progress, with an optional note for the history. */
export const updateMeasureAction = serverAction({
  input: z.object({
    measure: measure(),
    progress: inLanguage((t) => wholeNumber(3, t('progressInvalid'))),
    status: text(5000),
    note: text(5000),
  }),
  work: async ({ measure: measureId, progress, status, note }, { payload, user }) => {
    const context: MeasureChangeContext = { measureNote: note || undefined }
    const updated = await payload.update({
      collection: 'measures',
      id: measureId,
      data: { status: status as Measure['status'], progress },
      context,
      ...asUser(user),
    })
    return done((await serverTranslator('measures.form'))('updated'), { number: updated.number })
  },
  revalidate: (_input, { number }) => [`/mesures/${number}`],
})

/** COTEC members (and staff): propose a new priority and/or rank, with the rationale the Comité will read. */
export const proposeAction = serverAction({
  input: z.object({
    measure: measure(),
    toRank: inLanguage((t) => optionalWholeNumber(3, t('rankInvalid'))),
    toPriority: text(5000),
    rationale: text(5000),
  }),
  work: async ({ measure: measureId, toRank, toPriority, rationale }, { payload, user }) => {
    await payload.create({
      collection: 'priority-changes',
      data: {
        measure: measureId,
        toPriority: (toPriority || null) as 'A' | 'B' | 'C' | null,
        toRank,
        rationale,
        status: 'pending', // the collection's hook sets it anyway
      },
      ...asUser(user),
    })
    return done((await serverTranslator('measures.form'))('proposed'))
  },
  revalidate: () => [['/mesures', 'layout']],
})

/** The Comité (or a coordinator citing the meeting): validate or reject a pending proposal. */
export const decideAction = serverAction({
  input: z.object({
    proposal: inLanguage((t) => id(t('unknownProposal'))),
    decision: text(5000),
    comment: text(5000),
    meeting: text(5000),
  }),
  work: ({ proposal, decision, comment, meeting }, { payload, user }) =>
    decideProposal(payload, user, proposal, { decision: decision as 'approved' | 'rejected', comment, meeting }),
  revalidate: () => [['/mesures', 'layout']],
  // The decided proposal leaves the pending list (and its form with it): the page tells the outcome.
  redirectTo: ({ proposal }) => `/mesures/propositions?decidee=${proposal}`,
})

/** COTEC members (and staff): add a milestone (a dated sub-deliverable) to a measure. */
export const addMilestoneAction = serverAction({
  input: z.object({
    measure: measure(),
    title: inLanguage((t) => requiredText(200, t('milestoneTitleRequired'))),
    dueDate: inLanguage((t) => day(t('milestoneDueDateInvalid'), { required: t('milestoneDueDateRequired') })),
  }),
  work: ({ measure: measureId, title, dueDate }, { payload, user }) =>
    changeMilestones(payload, user, measureId, { op: 'add', title, dueDate }),
  revalidate: (_input, { number }) => [`/mesures/${number}`, '/mesures'],
})

/** COTEC members (and staff): mark a milestone done or not done, or remove it. */
export const changeMilestoneAction = serverAction({
  input: z.object({
    measure: measure(),
    milestone: inLanguage((t) => requiredText(100, t('unknownMilestone'))),
    op: inLanguage((t) => choice(['done', 'reopen', 'remove'] as const, t('unknownOperation'))),
  }),
  work: ({ measure: measureId, milestone, op }, { payload, user }) => changeMilestones(payload, user, measureId, { op, milestone }),
  revalidate: (_input, { number }) => [`/mesures/${number}`, '/mesures'],
})
