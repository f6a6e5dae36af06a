import type { Metadata } from 'next'

import { resetPasswordAction } from '@/auth/actions'
import { MIN_PASSWORD_LENGTH } from '@/auth/passwordPolicy'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.reset'))('meta') }
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = '' } = await searchParams
  const t = await getTranslations('auth.reset')
  return (
    <AuthPage title={t('title')}>
      <p>{t('intro', { min: MIN_PASSWORD_LENGTH })}</p>
      <ResultForm action={resetPasswordAction} className="auth-form">
        <input type="hidden" name="token" value={token} />
        <label>
          {t('password')}
          <input type="password" name="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
        </label>
        <label>
          {t('confirm')}
          <input type="password" name="confirm" autoComplete="new-password" required />
        </label>
        <button type="submit">{t('submit')}</button>
      </ResultForm>
    </AuthPage>
  )
}
