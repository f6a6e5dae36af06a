import { publicUrl } from '@/config/runtime'
import { longDate } from '@/format/dates'

import { emailHtml } from './layout'

export type RecurringReminder = { label: string; guide: string; doneOn: string; due: string }

const noon = (day: string) => `${day}T12:00:00Z`

export const recurringActionSubject = (actions: RecurringReminder[]) =>
  actions.length === 1
    ? `Relais : à refaire avant le ${longDate(noon(actions[0]!.due))} — ${actions[0]!.label}`
    : `Relais : ${actions.length} actions à refaire dans les 30 prochains jours`

export function recurringActionHtml(commune: string, actions: RecurringReminder[]) {
  return emailHtml({
    title: actions.length === 1 ? 'Une action récurrente arrive à échéance' : 'Des actions récurrentes arrivent à échéance',
    paragraphs: [
      'Bonjour,',
      `La commune de ${commune} a fait ${actions.length === 1 ? 'cette action' : 'ces actions'} des guides de Relais, qui ${actions.length === 1 ? 'est' : 'sont'} à refaire :`,
      ...actions.map(
        (action) =>
          `• ${action.label} (guide « ${action.guide} ») : faite le ${longDate(noon(action.doneOn))}, à refaire avant le ${longDate(noon(action.due))}.`,
      ),
      'Une fois refaite, enregistrez la date et, si vous le souhaitez, la preuve (procès-verbal, liste de présence) dans le guide : l’échéance suivante en découle.',
      'Vous recevez ce rappel une seule fois par échéance, en tant que référent·e numérique ou secrétaire municipal·e de la commune.',
    ],
    action: { label: 'Ouvrir le calendrier de la commune', url: `${publicUrl()}/ma-commune` },
  })
}
