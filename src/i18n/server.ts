import { defaultLocale, type UiLocale } from './locales'
import { type Translate, translatorFor } from './translator'

/**
 * The language of the request being served, or French outside any request (jobs, scripts, the seed). For services
 * called both from pages or actions and from jobs: `const t = await serverTranslator('contracts')`.
 */
export async function currentLocale(): Promise<UiLocale> {
  try {
    // Imported when called: the request's module loads Payload's config, which a service's importer may not have yet
    // (an integration spec imports services before it boots Payload with its database).
    const { requestLocale } = await import('./request')
    return await requestLocale()
  } catch {
    // cookies()/headers() outside a request scope: a job or a script.
    return defaultLocale
  }
}

export const serverTranslator = async (namespace: string): Promise<Translate> => translatorFor(await currentLocale(), namespace)
