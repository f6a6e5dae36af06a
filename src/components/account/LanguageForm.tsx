import { chooseLanguageAction } from '@/accounts/actions'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { getTranslations } from '@/i18n/getTranslations'
import type { Locale } from '@/i18n/locales'

/** « Langue » of /compte: the languages the instance offers, each named in itself; saved to the account and this browser. */
export async function LanguageForm({ offered, current }: { offered: readonly Locale[]; current: Locale }) {
  const [t, names] = await Promise.all([getTranslations('account.language'), getTranslations('shell.language')])
  return (
    <section aria-labelledby="langue" id="langue-section">
      <h2 id="langue">{t('title')}</h2>
      <ResultForm action={chooseLanguageAction} className="stacked-form" label={t('title')}>
        <fieldset>
          <legend>{t('intro')}</legend>
          {offered.map((locale) => (
            <label key={locale} className="choice" lang={locale}>
              <input type="radio" name="locale" value={locale} defaultChecked={locale === current} /> {names(locale)}
            </label>
          ))}
        </fieldset>
        <Button variant="secondary">{t('submit')}</Button>
      </ResultForm>
    </section>
  )
}
