import { dictionary } from '@zxcvbn-ts/language-common'

import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

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
 * Why `password` is refused, in `context.locale` (French by default), or `null` when it is acceptable.
 * Length first (the strongest rule), then known and guessable passwords.
 */
export function passwordProblem(password: unknown, context: { email?: string | null; locale?: UiLocale } = {}): string | null {
  const t = translatorFor(context.locale ?? defaultLocale, 'auth.policy')
  if (typeof password !== 'string') return t('notText')
  if (password.length < MIN_PASSWORD_LENGTH) return t('tooShort', { min: MIN_PASSWORD_LENGTH })
  if (password.length > MAX_PASSWORD_LENGTH) return t('tooLong', { max: MAX_PASSWORD_LENGTH })
  const lowered = password.toLowerCase()
  if (common.has(lowered) || common.has(core(password)) || /^(.)\1+$/.test(password)) return t('tooCommon')
  const email = context.email?.toLowerCase()
  const localPart = email?.split('@')[0] ?? ''
  if (email && (lowered.includes(email) || (localPart.length >= 4 && lowered.includes(localPart)))) return t('containsEmail')
  return null
}
