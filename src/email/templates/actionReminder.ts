import { publicUrl } from '@/config/runtime'
import { longDate } from '@/format/dates'

import { emailHtml } from './layout'

export type OverdueAction = { title: string; dueDate: string; committee: string }

export const actionReminderSubject = (count: number) =>
  count === 1 ? 'Relais : une action en retard' : `Relais : ${count} actions en retard`

export function actionReminderHtml(name: string, actions: OverdueAction[]) {
  return emailHtml({
    title: actionReminderSubject(actions.length),
    paragraphs: [
      `Bonjour ${name},`,
      actions.length === 1
        ? 'L’action suivante, qui vous est confiée, a dépassé son échéance :'
        : 'Les actions suivantes, qui vous sont confiées, ont dépassé leur échéance :',
      ...actions.map((a) => `${a.title} — échéance le ${longDate(a.dueDate)} (${a.committee})`),
      'Marquez-les comme faites dans Relais, ou convenez d’une nouvelle échéance avec le comité. Ce rappel vous parvient au plus une fois par semaine.',
    ],
    action: { label: 'Voir mes actions', url: `${publicUrl()}/seances/actions` },
  })
}
