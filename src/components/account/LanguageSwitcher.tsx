import type { Payload } from 'payload'

import { switchLanguageAction } from '@/accounts/actions'
import { getTranslations } from '@/i18n/getTranslations'
import { loadLanguageSettings } from '@/i18n/languageSettings'
import { requestLocale } from '@/i18n/request'

/**
 * The language buttons of the anonymous pages (login, forgotten password, account request), where the instance offers
 * both: a plain form (works without JavaScript) setting this browser's language. Each language is named in itself.
 * Logged-in people choose theirs on /compte (saved to their account).
 */
export async function LanguageSwitcher({ payload }: { payload: Payload }) {
  const [settings, locale, t] = await Promise.all([loadLanguageSettings(payload), requestLocale(), getTranslations('shell.language')])
  if (settings.offered.length < 2) return null
  return (
    <form action={switchLanguageAction} className="language-switcher" aria-label={t('label')}>
      {settings.offered.map((offered) => (
        <button
          key={offered}
          type="submit"
          name="locale"
          value={offered}
          lang={offered}
          className="link-button"
          aria-current={offered === locale ? 'true' : undefined}
        >
          {t(offered)}
        </button>
      ))}
    </form>
  )
}
