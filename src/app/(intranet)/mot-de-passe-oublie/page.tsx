import type { Metadata } from 'next'

import { forgotPasswordAction } from '@/auth/actions'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.forgot'))('title') }
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('auth')
  return (
    <AuthPage title={t('forgot.title')}>
      <p>{t('forgot.intro')}</p>
      <ResultForm action={forgotPasswordAction} className="auth-form">
        <label>
          {t('email')}
          <input type="email" name="email" autoComplete="username" required />
        </label>
        <button type="submit">{t('forgot.submit')}</button>
      </ResultForm>
      <p className="auth-links">
        <a href="/connexion">{t('backToLogin')}</a>
      </p>
    </AuthPage>
  )
}
