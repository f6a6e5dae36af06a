import { defaultLocale, type UiLocale } from './locales'
import { requestLocale } from './request'
import { type Translate, translatorFor } from './translator'

/**
 * The language of the request being served, or French outside any request (jobs, scripts, the seed). For services
 * called both from pages or actions and from jobs: `const t = await serverTranslator('contracts')`.
 */
export async function currentLocale(): Promise<UiLocale> {
  try {
    return await requestLocale()
  } catch {
    // cookies()/headers() outside a request scope: a job or a script.
    return defaultLocale
  }
}

export const serverTranslator = async (namespace: string): Promise<Translate> => translatorFor(await currentLocale(), namespace)
