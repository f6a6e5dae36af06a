import { publicUrl } from '@/config/runtime'
import { longDate } from '@/format/dates'

import { emailHtml } from './layout'

export const guideReviewSubject = (title: string) => `Relais : le guide « ${title} » est à relire`

export function guideReviewHtml({ title, slug, ownerName, dueDate }: { title: string; slug: string; ownerName: string; dueDate: Date }) {
  return emailHtml({
    title: 'Un guide dont vous êtes responsable est à relire',
    paragraphs: [
      `Bonjour ${ownerName},`,
      `Le guide « ${title} » devait être relu avant le ${longDate(dueDate)}. Les communes voient désormais un avertissement sur sa page.`,
      'Relisez son contenu et sa checklist, puis mettez à jour la date de dernière révision dans l’administration : l’avertissement disparaîtra.',
      'Vous ne recevrez pas d’autre rappel pour cette révision.',
    ],
    action: { label: 'Ouvrir le guide', url: `${publicUrl()}/guides/${slug}` },
  })
}
