'use server'

import { z } from 'zod'

import { asUser } from '@/auth/asUser'
import { choice, day, id, optionalWholeNumber, requiredText, text, wholeNumber } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import type { Measure } from '@/payload-types'
import { done } from '@/result'
import type { MeasureChangeContext } from '@collections/Measures/hooks/recordMeasureUpdates'

import { decideProposal } from './decide'
import { changeMilestones } from './milestones'

const measure = () => id('Mesure inconnue.')

/** COTEC members (and staff): a measure's status and progress, with an optional note for the history. */
export const updateMeasureAction = serverAction({
  input: z.object({
    measure: measure(),
    progress: wholeNumber(3, 'L’avancement est un nombre entier entre 0 et 100.'),
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
    return done('État et avancement enregistrés.', { number: updated.number })
  },
  revalidate: (_input, { number }) => [`/mesures/${number}`],
})

/** COTEC members (and staff): propose a new priority and/or rank, with the rationale the Comité will read. */
export const proposeAction = serverAction({
  input: z.object({
    measure: measure(),
    toRank: optionalWholeNumber(3, 'Le rang est un nombre entier (1 = en tête de liste).'),
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
    return done('Proposition transmise au Comité : elle apparaît dans l’historique de la mesure.')
  },
  revalidate: () => [['/mesures', 'layout']],
})

/** The Comité (or a coordinator citing the meeting): validate or reject a pending proposal. */
export const decideAction = serverAction({
  input: z.object({ proposal: id('Proposition inconnue.'), decision: text(5000), comment: text(5000), meeting: text(5000) }),
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
    title: requiredText(200, 'Donnez un intitulé au jalon.'),
    dueDate: day('L’échéance doit être une date (jj.mm.aaaa).', { required: 'Indiquez l’échéance du jalon.' }),
  }),
  work: ({ measure: measureId, title, dueDate }, { payload, user }) =>
    changeMilestones(payload, user, measureId, { op: 'add', title, dueDate }),
  revalidate: (_input, { number }) => [`/mesures/${number}`, '/mesures'],
})

/** COTEC members (and staff): mark a milestone done or not done, or remove it. */
export const changeMilestoneAction = serverAction({
  input: z.object({
    measure: measure(),
    milestone: requiredText(100, 'Jalon inconnu.'),
    op: choice(['done', 'reopen', 'remove'] as const, 'Action inconnue.'),
  }),
  work: ({ measure: measureId, milestone, op }, { payload, user }) => changeMilestones(payload, user, measureId, { op, milestone }),
  revalidate: (_input, { number }) => [`/mesures/${number}`, '/mesures'],
})
