import { emailHtml } from './layout'
import { resetPasswordUrl } from './resetPassword'

/** To a person whose account staff created: they choose their own password; nobody else ever knew one. */
export const accountCreatedEmail = (name: string, token: string) => ({
  subject: 'Relais : votre compte est ouvert',
  html: emailHtml({
    title: 'Bienvenue sur Relais',
    paragraphs: [
      `Bonjour ${name},`,
      'Un compte Relais a été ouvert pour vous. Choisissez votre mot de passe avec le lien ci-dessous, valable 24 heures. Votre compte est personnel : ne le partagez pas.',
      'Lien expiré ? Choisissez « Mot de passe oublié » sur la page de connexion.',
    ],
    action: { label: 'Choisir mon mot de passe', url: resetPasswordUrl(token) },
  }),
})
