import { publicUrl } from '@/config/runtime'

import { emailHtml } from './layout'

export type ValidatedChange = { number: number; title: string; change: string; meeting?: string | null }

export const measureDigestSubject = (count: number) =>
  count === 1
    ? 'Relais : une priorité de la stratégie numérique a changé'
    : `Relais : ${count} priorités de la stratégie numérique ont changé`

export function measureDigestHtml(name: string, changes: ValidatedChange[]) {
  return emailHtml({
    title: 'Priorités validées par le Comité',
    paragraphs: [
      `Bonjour ${name},`,
      'Le Comité a validé les changements suivants de la liste des mesures :',
      ...changes.map((c) => `Mesure ${c.number} « ${c.title} » : ${c.change}${c.meeting ? ` (${c.meeting})` : ''}.`),
      'L’historique de chaque mesure explique le pourquoi de ces changements.',
    ],
    action: { label: 'Voir les mesures', url: `${publicUrl()}/mesures` },
  })
}
