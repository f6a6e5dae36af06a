import { z } from 'zod'

import { serverTranslator } from '@/i18n/server'
import type { Translate } from '@/i18n/translator'

/**
 * A server action's schema whose refusals are in the language of the person who sends the form: the fields are built
 * when the form arrives, with the translator of the request's language (`namespace` of the catalogues), and their
 * issues keep their field's name.
 *   input: localizedInput('checklists.errors', (t) => z.object({ guide: id(t('invalid')) }))
 */
export const localizedInput = <S extends z.ZodType>(namespace: string, build: (t: Translate) => S) =>
  z.unknown().transform(async (form, ctx): Promise<z.output<S>> => {
    const parsed = await build(await serverTranslator(namespace)).safeParseAsync(form)
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    return z.NEVER
  })
