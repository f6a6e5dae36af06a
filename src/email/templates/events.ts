import { publicUrl } from '@/config/runtime'
import { longDateTime } from '@/format/dates'
import type { Event } from '@/payload-types'

import { emailHtml } from './layout'

const when = (event: Event) => `Quand : ${longDateTime(event.startsAt)}.`
const where = (event: Event) =>
  `Où : ${[event.place, event.onlineUrl && `en ligne : ${event.onlineUrl}`].filter(Boolean).join(' ou ') || 'à préciser'}.`
const link = (event: Event) => ({ label: 'Voir l’événement', url: `${publicUrl()}/agenda/${event.id}` })

export type EventMessage = { subject: string; html: string }

/** The e-mails of registration: confirmation, waiting list, promotion from it, cancellation by the person. */
export function registrationMessage(
  kind: 'confirmed' | 'waitlisted' | 'promoted' | 'unregistered',
  name: string,
  event: Event,
): EventMessage {
  const texts = {
    confirmed: [`Inscription confirmée : ${event.title}`, `Votre inscription à « ${event.title} » est confirmée.`],
    waitlisted: [
      `Liste d’attente : ${event.title}`,
      `« ${event.title} » est complet : vous êtes sur la liste d’attente. Si une place se libère, vous serez inscrit·e automatiquement et prévenu·e par e-mail.`,
    ],
    promoted: [`Une place s’est libérée : ${event.title}`, `Une place s’est libérée : vous êtes désormais inscrit·e à « ${event.title} ».`],
    unregistered: [
      `Désinscription : ${event.title}`,
      `Votre désinscription de « ${event.title} » est enregistrée ; l’événement est retiré de votre agenda.`,
    ],
  } as const
  const [subject, intro] = texts[kind]
  const details =
    kind === 'unregistered' || kind === 'waitlisted'
      ? []
      : [when(event), where(event), 'L’invitation jointe (.ics) ajoute l’événement à votre agenda.']
  return { subject, html: emailHtml({ title: subject, paragraphs: [`Bonjour ${name},`, intro, ...details], action: link(event) }) }
}

export function announcementMessage(name: string, event: Event): EventMessage {
  const subject = `Nouvel événement : ${event.title}`
  const places = event.capacity ? `${event.capacity} places, inscription en ligne.` : 'Inscription en ligne.'
  return {
    subject,
    html: emailHtml({
      title: subject,
      paragraphs: [`Bonjour ${name},`, event.summary, when(event), where(event), places],
      action: { ...link(event), label: 'S’inscrire' },
    }),
  }
}

export function eventCancelledMessage(name: string, event: Event): EventMessage {
  const subject = `Annulé : ${event.title}`
  return {
    subject,
    html: emailHtml({
      title: subject,
      paragraphs: [
        `Bonjour ${name},`,
        `« ${event.title} », prévu le ${longDateTime(event.startsAt)}, est annulé. Il est retiré de votre agenda.`,
      ],
      action: link(event),
    }),
  }
}
