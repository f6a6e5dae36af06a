import { publicUrl } from '@/config/runtime'
import { longDate } from '@/format/dates'

import { emailHtml } from './layout'

export type AlertMessage = { id: number; title: string; whatToCheck: string; severity: string; expiresOn: string }

export const regionalAlertSubject = ({ title, severity }: AlertMessage) =>
  `Relais : alerte régionale (${severity.toLowerCase()}) — ${title}`

/** The alert as every commune's référents and secretaries receive it: what to check, and where to mark it checked. */
export function regionalAlertHtml(alert: AlertMessage) {
  return emailHtml({
    title: `Alerte régionale : ${alert.title}`,
    paragraphs: [
      'Bonjour,',
      `La coordination ARVr signale aux communes un risque à vérifier (gravité : ${alert.severity.toLowerCase()}), à partir d’incidents partagés par des communes de la région.`,
      ...alert.whatToCheck.split(/\n{2,}/),
      `Une fois la vérification faite, marquez l’alerte « vérifié chez nous » dans Relais (avec une note si utile), d’ici au ${longDate(alert.expiresOn)}.`,
      'Vous recevez ce message une seule fois, en tant que référent·e numérique ou secrétaire municipal·e de votre commune.',
    ],
    action: { label: 'Ouvrir l’alerte', url: `${publicUrl()}/alertes/${alert.id}` },
  })
}
