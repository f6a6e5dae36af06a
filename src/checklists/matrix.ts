import type { Payload } from 'payload'

import { zurichDay } from '@/fields/day'
import { idOf } from '@/fields/idOf'
import type { User } from '@/payload-types'

import { completion } from './completion'
import { effectiveState } from './recurrence'
import { checklistToday } from './today'
import type { ChecklistState } from './vocabulary'

/** A published guide's checklist, as the completion needs it. */
export type ChecklistGuide = { id: number; title: string; slug: string; keys: string[] }
/** One commune's answer to one action of one guide. */
export type ChecklistAnswer = { commune: number; guide: number; itemKey: string; state: ChecklistState }

export type CommuneCompletion = {
  /** Completion (0–100) of each guide that has actions, by guide id: the rule of `completion()`. */
  perGuide: Map<number, number>
  /** Completion of every published action taken together (`null` when no published guide has actions). */
  overall: number | null
  /** How many answers the commune gave to the published actions. */
  answered: number
}

/**
 * Completion per commune and guide with the rule of `/guides/suivi` and the guide pages (`completion()`: « fait »
 * counts fully, « en partie » half, « non applicable » leaves the total, no answer counts as not done). Pure: the
 * matrix, the map and the indicator all go through it.
 */
export function completionMatrix(communes: number[], guides: ChecklistGuide[], answers: ChecklistAnswer[]): Map<number, CommuneCompletion> {
  const byCommune = new Map<number, Map<string, ChecklistState>>()
  for (const answer of answers) {
    const states = byCommune.get(answer.commune) ?? new Map<string, ChecklistState>()
    byCommune.set(answer.commune, states)
    states.set(`${answer.guide}:${answer.itemKey}`, answer.state)
  }
  const withItems = guides.filter((guide) => guide.keys.length > 0)
  const allKeys = withItems.flatMap((guide) => guide.keys.map((key) => `${guide.id}:${key}`))
  const result = new Map<number, CommuneCompletion>()
  for (const commune of communes) {
    const states = byCommune.get(commune) ?? new Map<string, ChecklistState>()
    const perGuide = new Map(
      withItems.map((guide) => [
        guide.id,
        completion(
          guide.keys.map((key) => `${guide.id}:${key}`),
          states,
        ),
      ]),
    )
    result.set(commune, {
      perGuide,
      overall: allKeys.length ? completion(allKeys, states) : null,
      answered: allKeys.filter((key) => states.has(key)).length,
    })
  }
  return result
}

/** How the matrix is read: as a person (`allAsUser`, access rules apply) or with full access (aggregates). */
export type MatrixRead = { limit: number; pagination: false; depth: number; user?: User; overrideAccess?: boolean }
const fullAccess: MatrixRead = { limit: 0, pagination: false, depth: 0 }

/**
 * Every commune's completion of the published guides that have actions. With full access by default (an aggregate:
 * the indicator, the snapshots, the COPIL's medians); pages of coordinators pass `allAsUser(user)`.
 */
export async function readCompletionMatrix(
  payload: Payload,
  read: MatrixRead = fullAccess,
  today: string = checklistToday(),
): Promise<{ guides: ChecklistGuide[]; communes: { id: number; name: string }[]; matrix: Map<number, CommuneCompletion> }> {
  const [guides, communes, answers] = await Promise.all([
    payload.find({
      collection: 'guides',
      ...read,
      where: { _status: { equals: 'published' } },
      sort: 'title',
      select: { title: true, slug: true, checklist: true },
    }),
    payload.find({ collection: 'communes', ...read, sort: 'name', select: { name: true } }),
    payload.find({
      collection: 'checklist-progress',
      ...read,
      select: { commune: true, guide: true, itemKey: true, state: true, doneOn: true },
    }),
  ])
  // A recurring action done too long ago counts as to do again, as on the guide pages (src/checklists/recurrence.ts).
  const periods = new Map(
    guides.docs.flatMap((guide) => (guide.checklist ?? []).map((item) => [`${guide.id}:${item.key}`, item.recurrence])),
  )
  const checklistGuides = guides.docs
    .map((guide) => ({
      id: guide.id,
      title: guide.title,
      slug: guide.slug,
      keys: (guide.checklist ?? []).map((item) => item.key).filter((key): key is string => Boolean(key)),
    }))
    .filter((guide) => guide.keys.length > 0)
  return {
    guides: checklistGuides,
    communes: communes.docs.map((commune) => ({ id: commune.id, name: commune.name })),
    matrix: completionMatrix(
      communes.docs.map((commune) => commune.id),
      checklistGuides,
      answers.docs.map((answer) => ({
        commune: idOf(answer.commune),
        guide: idOf(answer.guide),
        itemKey: answer.itemKey,
        state: effectiveState(
          { state: answer.state, doneOn: answer.doneOn ? zurichDay(answer.doneOn) : null },
          periods.get(`${idOf(answer.guide)}:${answer.itemKey}`),
          today,
        ),
      })),
    ),
  }
}
