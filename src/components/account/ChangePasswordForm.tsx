import { changeOwnPasswordAction } from '@/auth/passwordActions'
import { MIN_PASSWORD_LENGTH } from '@/auth/passwordPolicy'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { getTranslations } from '@/i18n/getTranslations'

import { CurrentPasswordField } from './CurrentPasswordField'

/** "Changer mon mot de passe": current, new, confirmation; the policy's rules said before, not after a refusal. */
export async function ChangePasswordForm() {
  const t = await getTranslations('auth.change')
  return (
    <section aria-labelledby="mot-de-passe">
      <h2 id="mot-de-passe">{t('title')}</h2>
      <p>{t('intro', { min: MIN_PASSWORD_LENGTH })}</p>
      <ResultForm action={changeOwnPasswordAction} className="stacked-form" label={t('title')} resetOnSuccess>
        <CurrentPasswordField />
        <label>
          {t('password')}
          <input type="password" name="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
        </label>
        <label>
          {t('confirm')}
          <input type="password" name="confirm" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
        </label>
        <Button>{t('title')}</Button>
      </ResultForm>
    </section>
  )
}
