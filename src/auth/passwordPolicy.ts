import { dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSWORD_LENGTH = 12
const MAX_PASSWORD_LENGTH = 256

// Words French-speaking staff reach for first; the common list is mostly English.
const localWords = ['motdepasse', 'azerty', 'bonjour', 'soleil', 'valais', 'commune', 'administration', 'relais', 'secretariat']

const common = new Set([...dictionary['passwords-common'], ...localWords].map((word) => word.toLowerCase()))

/** The core of a password once decorations people add to common words ("Azerty1234!") are removed. */
const core = (password: string) =>
  password
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^[^a-z]+|[^a-z]+$/g, '')

/**
 * Why `password` is refused, in French, or `null` when it is acceptable.
 * Length first (the strongest rule), then known and guessable passwords.
 */
export function passwordProblem(password: unknown, context: { email?: string | null } = {}): string | null {
  if (typeof password !== 'string') return 'Le mot de passe doit être un texte.'
  if (password.length < MIN_PASSWORD_LENGTH) return `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`
  if (password.length > MAX_PASSWORD_LENGTH) return `Le mot de passe ne peut pas dépasser ${MAX_PASSWORD_LENGTH} caractères.`
  const lowered = password.toLowerCase()
  if (common.has(lowered) || common.has(core(password)) || /^(.)\1+$/.test(password))
    return 'Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase de plusieurs mots.'
  const email = context.email?.toLowerCase()
  const localPart = email?.split('@')[0] ?? ''
  if (email && (lowered.includes(email) || (localPart.length >= 4 && lowered.includes(localPart))))
    return 'Le mot de passe ne doit pas contenir votre adresse e-mail.'
  return null
}
