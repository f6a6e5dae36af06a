import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { loginAction, loginCodeAction } from '@/auth/actions'
import { getSession } from '@/auth/currentUser'
import { PROOF_COOKIE, readProof } from '@/auth/loginProof'
import { safeRedirect } from '@/auth/safeRedirect'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'
import { headerSafePath } from '@/http/headerSafePath'
import { getTranslations } from '@/i18n/getTranslations'
import config from '@payload-config'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.login'))('title') }
}

type Props = {
  searchParams: Promise<{ next?: string; deconnecte?: string; reinitialise?: string; etape?: string; delai?: string; change?: string }>
}

/**
 * Two steps for accounts with the second factor: e-mail and password, then (only for them) the 6-digit code, on the
 * proof of the first step kept in a cookie for five minutes (src/auth/loginProof.ts). Other accounts log in at
 * the first step. `next` (the page asked for) goes through both.
 */
export default async function LoginPage({ searchParams }: Props) {
  const { user } = await getSession()
  const params = await searchParams
  // Already logged in (another tab, a link opened twice): straight to the page asked for.
  if (user) redirect(headerSafePath(safeRedirect(params.next)))
  const next = safeRedirect(params.next)
  const t = await getTranslations('auth')
  if (params.etape === 'code') {
    const payload = await getPayload({ config })
    const proof = readProof(payload.secret, (await cookies()).get(PROOF_COOKIE)?.value)
    if (proof) return <CodeStep email={proof.email} next={next} />
  }
  return (
    <AuthPage title={t('login.title')}>
      {params.deconnecte && <p className="message message--notice">{t('login.loggedOut')}</p>}
      {params.reinitialise && <p className="message message--notice">{t('login.passwordReset')}</p>}
      {(params.delai || params.etape === 'code') && <p className="message message--warning">{t('login.codeLate')}</p>}
      {params.change && <p className="message message--warning">{t('login.changed')}</p>}
      <ResultForm action={loginAction} className="auth-form" label={t('login.title')}>
        <input type="hidden" name="next" value={next} />
        <label>
          {t('email')}
          <input type="email" name="email" autoComplete="username" required />
        </label>
        <label>
          {t('password')}
          <input type="password" name="password" autoComplete="current-password" required />
        </label>
        <button type="submit">{t('login.submit')}</button>
      </ResultForm>
      <p className="auth-links">
        <a href="/mot-de-passe-oublie">{t('login.forgot')}</a> · <a href="/demande-de-compte">{t('login.request')}</a>
      </p>
    </AuthPage>
  )
}

/** The second step: the code of the authenticator app, for the account whose password was just checked. */
async function CodeStep({ email, next }: { email: string; next: string }) {
  const t = await getTranslations('auth.code')
  const restart = `/connexion${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`
  return (
    <AuthPage title={t('title')}>
      <p className="login-step">{t('step')}</p>
      <p>{t.rich('intro', { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ResultForm action={loginCodeAction} className="auth-form" label={t('title')}>
        <input type="hidden" name="next" value={next} />
        <label>
          {t('title')}
          <input
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            required
            autoFocus
            className="login-code"
          />
        </label>
        <button type="submit">{t('submit')}</button>
      </ResultForm>
      <p className="auth-links">
        {t('changes')} <a href={restart}>{t('restart')}</a>
      </p>
    </AuthPage>
  )
}
