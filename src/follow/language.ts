/**
 * The request's language for the follow services, loaded lazily: `@/i18n/server` reaches the Payload config, whose
 * tasks import these modules (the digest, the follow events), so a static import would be a cycle at load time.
 */
export const currentLocale = async () => (await import('@/i18n/server')).currentLocale()

export const serverTranslator = async (namespace: string) => (await import('@/i18n/server')).serverTranslator(namespace)
