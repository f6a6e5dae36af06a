import type { I18nClient } from '@payloadcms/translations'
import type { ReactNode } from 'react'

import { translatorFor } from '@/i18n/translator'

import { adminLanguage } from './adminLanguage'

/**
 * Shown above the admin panel's login form, which has no field for the second factor: accounts that have it
 * are refused there (see collections/Users/hooks/requireSecondFactor.ts) and sign in through /connexion,
 * whose session cookie the admin panel shares.
 */
export function SecondFactorLoginNote({ i18n }: { i18n?: I18nClient }) {
  const t = translatorFor(adminLanguage(i18n), 'adminUi')
  return (
    <p style={{ marginBottom: '1.5rem' }}>
      {t.rich('secondFactorNote', { link: (text: ReactNode) => <a href="/connexion?next=/admin">{text}</a> }) as ReactNode}
    </p>
  )
}
