import { publicUrl } from '@/config/runtime'

import { emailHtml } from './layout'

type Message = { subject: string; html: string }

const signature = 'Antenne Région Valais romand — Relais'

export const confirmRequestEmail = (name: string, token: string): Message => ({
  subject: 'Relais : confirmez votre demande de compte',
  html: emailHtml({
    title: 'Confirmez votre adresse e-mail',
    paragraphs: [
      `Bonjour ${name},`,
      'Vous avez demandé un compte sur Relais. Confirmez votre adresse pour transmettre la demande au secrétariat de votre commune. Le lien est valable 48 heures.',
      "Si vous n'avez rien demandé, ignorez ce message : aucune demande ne sera transmise.",
    ],
    action: { label: 'Confirmer mon adresse', url: `${publicUrl()}/demande-de-compte/confirmer?token=${token}` },
  }),
})

export const existingAccountEmail = (): Message => ({
  subject: 'Relais : vous avez déjà un compte',
  html: emailHtml({
    title: 'Un compte existe déjà pour cette adresse',
    paragraphs: [
      'Une demande de compte vient d’être faite avec votre adresse, mais vous avez déjà un compte Relais.',
      'Si vous ne connaissez plus votre mot de passe, choisissez-en un nouveau. Si votre compte est désactivé, adressez-vous au secrétariat de votre commune.',
    ],
    action: { label: 'Choisir un nouveau mot de passe', url: `${publicUrl()}/mot-de-passe-oublie` },
  }),
})

export const newRequestEmail = (request: { name: string; function: string; commune: string }): Message => ({
  subject: `Relais : demande de compte de ${request.name} (${request.commune})`,
  html: emailHtml({
    title: 'Une demande de compte attend votre décision',
    paragraphs: [
      `${request.name}, ${request.function}, demande un compte Relais pour la commune de ${request.commune}. Son adresse e-mail est confirmée.`,
      'En tant que tiers de confiance, vérifiez que cette personne travaille pour la commune, puis acceptez ou refusez la demande.',
    ],
    action: { label: 'Voir les demandes', url: `${publicUrl()}/ma-commune/demandes` },
  }),
})

export const approvedEmail = (name: string, token: string): Message => ({
  subject: 'Relais : votre compte est ouvert',
  html: emailHtml({
    title: 'Bienvenue sur Relais',
    paragraphs: [
      `Bonjour ${name},`,
      'Votre demande de compte a été acceptée. Choisissez votre mot de passe avec le lien ci-dessous, valable 24 heures. Votre compte est personnel : ne le partagez pas.',
    ],
    action: { label: 'Choisir mon mot de passe', url: `${publicUrl()}/reinitialiser-mot-de-passe?token=${token}` },
  }),
})

export const rejectedEmail = (name: string, reason: string): Message => ({
  subject: 'Relais : votre demande de compte',
  html: emailHtml({
    title: 'Votre demande de compte n’a pas été acceptée',
    paragraphs: [
      `Bonjour ${name},`,
      `Motif : ${reason}`,
      `Pour toute question, adressez-vous au secrétariat de votre commune. ${signature}`,
    ],
  }),
})

export const inactivityWarningEmail = (name: string, days: number): Message => ({
  subject: `Relais : votre compte sera désactivé dans ${days} jours`,
  html: emailHtml({
    title: 'Votre compte Relais n’est plus utilisé',
    paragraphs: [
      `Bonjour ${name},`,
      `Vous ne vous êtes pas connecté·e à Relais depuis longtemps. Sans connexion de votre part, votre compte sera désactivé dans ${days} jours (il n’est pas supprimé et peut être réactivé par le secrétariat de votre commune).`,
      'Pour le garder actif, il suffit de vous connecter.',
    ],
    action: { label: 'Me connecter', url: `${publicUrl()}/connexion` },
  }),
})

export const disabledForInactivityEmail = (person: { name: string; email: string }, months: number): Message => ({
  subject: `Relais : compte de ${person.name} désactivé pour inactivité`,
  html: emailHtml({
    title: 'Un compte de votre commune a été désactivé',
    paragraphs: [
      `Le compte de ${person.name} (${person.email}) n’a pas été utilisé depuis ${months} mois : il a été désactivé après deux avertissements.`,
      'Si cette personne travaille encore pour la commune, vous pouvez le réactiver depuis la liste des comptes.',
    ],
    action: { label: 'Comptes de la commune', url: `${publicUrl()}/ma-commune/comptes` },
  }),
})
