import { getTranslations } from 'next-intl/server'

import type { FormState } from './state'

/**
 * A server action whose messages are catalogue keys (`'register.errors.name'`): its schema's refusals and the
 * messages of its work, written as keys, reach the form in the language of the person who sent it. Any other text
 * (a refusal already in words, e.g. from a collection's hook) passes unchanged.
 */
export const localized =
  (action: (state: FormState, form: FormData) => Promise<FormState>) =>
  async (state: FormState, form: FormData): Promise<FormState> => {
    const result = await action(state, form)
    if (!result) return result
    const t = await getTranslations()
    const words = (text: string) => (/^[\w.-]+$/.test(text) && t.has(text) ? t(text) : text)
    return result.ok
      ? { ...result, message: words(result.message) }
      : { ...result, errors: Object.fromEntries(Object.entries(result.errors).map(([field, text]) => [field, words(text)])) }
  }
