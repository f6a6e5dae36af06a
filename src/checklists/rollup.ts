import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { toCsv } from '@/export/csv'
import { zurichDay } from '@/fields/day'
import type { UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { User } from '@/payload-types'

import { publishedChecklists } from './publishedChecklists'
import { effectiveState } from './recurrence'
import { checklistToday } from './today'
import type { ChecklistState } from './vocabulary'

export type ItemRollup = { key: string; label: string; counts: Record<ChecklistState | 'none', number> }
export type GuideRollup = { id: number; title: string; slug: string; items: ItemRollup[]; notStarted: string[] }

const idOf = (value: number | { id: number } | null | undefined) => (value && typeof value === 'object' ? value.id : value)

/**
 * Per published guide and item, how many communes answered each state, and which communes have not started
 * the guide at all. Read as `user` (coordinators and admins see every commune; others only their own).
 */
export async function checklistRollup(payload: Payload, user: User): Promise<{ communes: number; guides: GuideRollup[] }> {
  const read = allAsUser(user)
  const [guides, communes, answers] = await Promise.all([
    publishedChecklists(payload, user),
    payload.find({ collection: 'communes', ...read, sort: 'name', select: { name: true } }),
    payload.find({
      collection: 'checklist-progress',
      ...read,
      select: { commune: true, guide: true, itemKey: true, state: true, doneOn: true },
    }),
  ])

  const today = checklistToday()
  return {
    communes: communes.totalDocs,
    guides: guides.docs.map((guide) => {
      const mine = answers.docs.filter((answer) => idOf(answer.guide) === guide.id)
      const started = new Set(mine.map((answer) => idOf(answer.commune)))
      const items = (guide.checklist ?? []).map((item) => {
        const counts = { done: 0, partial: 0, todo: 0, na: 0, none: communes.totalDocs }
        for (const answer of mine) {
          if (answer.itemKey !== item.key) continue
          // A recurring action past its due date counts as to do again, as on the guide page (./recurrence.ts).
          const doneOn = answer.doneOn ? zurichDay(answer.doneOn) : null
          counts[effectiveState({ state: answer.state, doneOn }, item.recurrence, today)]++
          counts.none--
        }
        return { key: item.key, label: item.label, counts }
      })
      const notStarted = communes.docs.filter((commune) => !started.has(commune.id)).map((commune) => commune.name)
      return { id: guide.id, title: guide.title, slug: guide.slug, items, notStarted }
    }),
  }
}

/** The columns of the roll-up after the action, in their order (the page's and the CSV's). */
export const rollupColumns = ['done', 'partial', 'todo', 'na', 'none'] as const

/** The roll-up as CSV for Excel (semicolons, UTF-8 with BOM), its headers in the reader's language. */
export function rollupCsv(rollup: GuideRollup[], locale: UiLocale = 'fr'): string {
  const t = translatorFor(locale, 'checklists.rollup')
  const states = translatorFor(locale, 'vocab.checklists.states')
  const header = [t('csvGuide'), t('action'), ...rollupColumns.map((column) => states(column))]
  const rows = rollup.flatMap((guide) =>
    guide.items.map((item) => [
      guide.title,
      item.label,
      item.counts.done,
      item.counts.partial,
      item.counts.todo,
      item.counts.na,
      item.counts.none,
    ]),
  )
  return toCsv([header, ...rows])
}
