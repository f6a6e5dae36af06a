import { currentLocale } from '@/i18n/server'
import { type Translate, translatorFor } from '@/i18n/translator'

/**
 * A message handed to an edge (a form's answer, an API refusal) is either text already in the person's language or a
 * catalogue key such as `forms.email` (a whole dotted path, no spaces). Schemas and shared refusals use keys: they are
 * written once, when no request is known, and read here in the language of the request being answered.
 */
const looksLikeKey = (message: string) => /^[\w-]+(\.[\w-]+)+$/.test(message)

export const inLanguage = (t: Translate, message: string): string => (looksLikeKey(message) && t.has(message) ? t(message) : message)

/** Resolves messages in the language of the request being answered (French outside a request). */
export async function messageReader(): Promise<(message: string) => string> {
  const t = translatorFor(await currentLocale())
  return (message) => inLanguage(t, message)
}
