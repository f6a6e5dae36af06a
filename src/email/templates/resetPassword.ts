import { publicUrl } from '@/config/runtime'

import { emailHtml } from './layout'

export const resetPasswordSubject = () => 'Relais : réinitialisation de votre mot de passe'

export const resetPasswordUrl = (token: string) => `${publicUrl()}/reinitialiser-mot-de-passe?token=${encodeURIComponent(token)}`

export function resetPasswordHtml({ token, name }: { token: string; name?: string | null }) {
  return emailHtml({
    title: 'Réinitialisation du mot de passe',
    paragraphs: [
      `Bonjour${name ? ` ${name}` : ''},`,
      'Un lien pour choisir un nouveau mot de passe a été demandé pour votre compte Relais, par vous-même ou par le secrétariat de votre commune. Le lien ci-dessous est valable une heure.',
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.",
    ],
    action: { label: 'Choisir un nouveau mot de passe', url: resetPasswordUrl(token) },
  })
}
