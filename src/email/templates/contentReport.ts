import { publicUrl } from '@/config/runtime'

import { emailHtml } from './layout'

export type ReportMessage = {
  id: number
  kind: string
  title: string
  path: string
  section: string | null
  message: string
  /** Whether the person told is the content's owner (else: the coordination, for a content without one). */
  asOwner: boolean
}

export const contentReportSubject = ({ kind, title }: ReportMessage) => `Relais : contenu signalé à mettre à jour — ${kind} « ${title} »`

/**
 * What the owner of a reported content (or the coordination) reads: what is wrong, where, and where to mark it
 * handled. It never names who reported it: the owner may sit in another commune.
 */
export function contentReportHtml(report: ReportMessage) {
  return emailHtml({
    title: `Contenu à mettre à jour : ${report.title}`,
    paragraphs: [
      'Bonjour,',
      report.asOwner
        ? `Un membre de Relais signale que le contenu dont vous êtes responsable (${report.kind.toLowerCase()} « ${report.title} ») est à mettre à jour.`
        : `Un membre de Relais signale que ${report.kind.toLowerCase()} « ${report.title} », qui n’a pas de responsable désigné, est à mettre à jour.`,
      ...(report.section ? [`Partie concernée : ${report.section}`] : []),
      `Ce qui est à mettre à jour : ${report.message}`,
      `Le contenu : ${publicUrl()}${report.path}`,
      'Une fois le contenu corrigé, marquez le signalement « traité » (ou « écarté ») avec une note : la personne qui l’a envoyé la lira sur la page du contenu.',
    ],
    action: { label: 'Ouvrir le signalement', url: `${publicUrl()}/admin/collections/content-reports/${report.id}` },
  })
}
