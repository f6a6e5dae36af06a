import { duration, longDate, longDateTime } from '@/format/dates'

import { emailHtml } from './layout'

export type InvitationKind = 'convocation' | 'update' | 'cancellation'

export type InvitationContent = {
  kind: InvitationKind
  committee: string
  title: string
  startsAt: string
  durationMinutes: number
  place?: string | null
  onlineUrl?: string | null
  agenda: { title: string; durationMinutes: number; presenter?: string | null; confidential?: boolean | null }[]
  reason?: string | null
  url: string
}

export function invitationSubject(c: InvitationContent) {
  const when = longDateTime(c.startsAt)
  if (c.kind === 'cancellation') return `Annulation : ${c.committee}, séance du ${longDate(c.startsAt)}`
  return `${c.kind === 'update' ? 'Modification' : 'Convocation'} : ${c.committee}, ${when}`
}

/** The agenda as plain lines, for the e-mail and the calendar event's description. */
export const agendaLines = (agenda: InvitationContent['agenda']) =>
  agenda.map(
    (item, index) =>
      `${index + 1}. ${item.title} (${duration(item.durationMinutes)}${item.presenter ? `, ${item.presenter}` : ''})${item.confidential ? ' — confidentiel' : ''}`,
  )

export function invitationHtml(name: string, c: InvitationContent) {
  const where = [c.place, c.onlineUrl && `en ligne : ${c.onlineUrl}`].filter(Boolean).join(' ou ')
  const intro = {
    convocation: `Vous êtes convoqué·e à la séance « ${c.title} » du ${c.committee}.`,
    update: `La séance « ${c.title} » du ${c.committee} a été modifiée : voici la convocation à jour, qui remplace la précédente dans votre agenda.`,
    cancellation: `La séance « ${c.title} » du ${c.committee} prévue le ${longDateTime(c.startsAt)} est annulée.`,
  }[c.kind]
  const details =
    c.kind === 'cancellation'
      ? [c.reason ? `Motif : ${c.reason}` : 'L’invitation est retirée de votre agenda.']
      : [
          `Quand : ${longDateTime(c.startsAt)} (${duration(c.durationMinutes)}).`,
          `Où : ${where || 'à préciser'}.`,
          'Ordre du jour :',
          ...agendaLines(c.agenda),
          'L’invitation jointe (.ics) s’ajoute à votre agenda (Outlook, Apple Calendar, Google Agenda).',
        ]
  return emailHtml({
    title: invitationSubject(c),
    paragraphs: [`Bonjour ${name},`, intro, ...details],
    action: { label: 'Ouvrir la séance', url: c.url },
  })
}
