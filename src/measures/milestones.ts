import type { Payload } from 'payload'

import { maintainsMeasures } from '@/access/roles'
import { inTransaction } from '@/db/transaction'
import { noonOf } from '@/fields/day'
import { loadLanguageSettings } from '@/i18n/languageSettings'
import { translatorFor } from '@/i18n/translator'
import type { Measure, User } from '@/payload-types'
import { done, invalidFields, type Result, refuse } from '@/result'
import type { MeasureChangeContext } from '@collections/Measures/hooks/recordMeasureUpdates'

/**
 * The request's language (French outside a request), read lazily: this module is loaded with the Payload config and
 * by specs before any request exists, and the request's language module loads that config itself.
 */
const serverTranslator = async (namespace: string) => (await import('@/i18n/server')).serverTranslator(namespace)

/** One change to a measure's milestones, as the measure page's forms send it. */
export type MilestoneChange = { op: 'add'; title: string; dueDate: string } | { op: 'done' | 'reopen' | 'remove'; milestone: string }

const maxMilestones = 50

/**
 * Adds a milestone, marks one done or not done, or removes one, as the user (COTEC members and staff: the same
 * access as the status). The measure's row is locked so that two people changing its milestones at once do not
 * overwrite each other; the % follows (collections/Measures/hooks/rollUpMilestones.ts) and the history records it.
 */
export async function changeMilestones(
  payload: Payload,
  user: User,
  measureId: number,
  change: MilestoneChange,
): Promise<Result<{ number: number }>> {
  const t = await serverTranslator('measures.milestones')
  if (!maintainsMeasures(user)) return refuse(403, t('forbidden'))
  if (change.op === 'add' && !change.title) return invalidFields({ title: t('titleRequired') })
  if (change.op === 'add' && !change.dueDate) return invalidFields({ dueDate: t('dueDateRequired') })
  // The note is stored in the measure's history once, for every reader: in the instance's default language.
  const n = translatorFor((await loadLanguageSettings(payload)).defaultLocale, 'measures.milestones.notes')
  return inTransaction(payload, user, async ({ req, lock }) => {
    await lock('measures', measureId)
    const measure = (await payload.findByID({
      collection: 'measures',
      id: measureId,
      depth: 0,
      req,
      overrideAccess: false,
      user,
      disableErrors: true,
    })) as Measure | null
    if (!measure) return refuse(404, t('unknownMeasure'))
    const milestones = (measure.milestones ?? []).map(({ id, title, dueDate, done: isDone }) => ({ id, title, dueDate, done: isDone }))
    let message: string
    let note: string
    if (change.op === 'add') {
      if (milestones.length >= maxMilestones) return refuse(400, t('tooMany', { max: maxMilestones }))
      milestones.push({ id: undefined, title: change.title, dueDate: noonOf(change.dueDate), done: false })
      message = t('added')
      note = n('add', { title: change.title })
    } else {
      const target = milestones.find((m) => m.id === change.milestone)
      if (!target) return refuse(404, t('gone'))
      if (change.op === 'remove') milestones.splice(milestones.indexOf(target), 1)
      else target.done = change.op === 'done'
      message = t(change.op)
      note = n(change.op, { title: target.title })
    }
    const context: MeasureChangeContext = { measureNote: note }
    await payload.update({
      collection: 'measures',
      id: measureId,
      data: { milestones: milestones.map(({ id, ...rest }) => (id ? { id, ...rest } : rest)) },
      req,
      context,
      overrideAccess: false,
      user,
    })
    return done(message, { number: measure.number })
  })
}
