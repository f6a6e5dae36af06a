import { publicUrl } from '@/config/runtime'
import { longDate } from '@/format/dates'

import { emailHtml } from './layout'

export type NoticeReminder = {
  id: number
  provider: string
  service: string
  noticeDeadline: string
  termEndsOn: string
  days: number
  gaps: number
}

export const contractNoticeSubject = ({ service, noticeDeadline }: NoticeReminder) =>
  `Relais : résiliation possible jusqu’au ${longDate(noticeDeadline)} — ${service}`

export function contractNoticeHtml(commune: string, contract: NoticeReminder) {
  return emailHtml({
    title: 'Un contrat informatique arrive à son délai de résiliation',
    paragraphs: [
      'Bonjour,',
      `Le contrat « ${contract.service} » de la commune de ${commune} avec ${contract.provider} arrive à échéance le ${longDate(contract.termEndsOn)}. Pour le résilier ou le renégocier, le dernier jour est le ${longDate(contract.noticeDeadline)}, dans ${contract.days} jour${contract.days > 1 ? 's' : ''}.`,
      contract.gaps
        ? `La checklist relève ${contract.gaps} point${contract.gaps > 1 ? 's' : ''} à clarifier avec le prestataire : c’est le moment d’en parler, avant le renouvellement.`
        : 'Profitez de ce délai pour revoir le contrat avec la checklist des points clés.',
      'Vous recevez ce rappel une seule fois pour ce délai, en tant que référent·e numérique ou secrétaire municipal·e de la commune.',
    ],
    action: { label: 'Ouvrir le contrat', url: `${publicUrl()}/contrats/${contract.id}` },
  })
}
