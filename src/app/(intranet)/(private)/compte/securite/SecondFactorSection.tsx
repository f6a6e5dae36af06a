import { useTranslations } from 'next-intl'
import type { Payload } from 'payload'
import type React from 'react'

import { activateSecondFactorAction, deactivateSecondFactorAction } from '@/auth/totp/actions'
import { enrolmentView } from '@/auth/totp/enrolment'
import { CurrentPasswordField } from '@/components/account/CurrentPasswordField'
import { ResultForm } from '@/components/ResultForm'
import { getTranslations } from '@/i18n/getTranslations'
import type { User } from '@/payload-types'

const grouped = (secret: string) => secret.match(/.{1,4}/g)!.join(' ')

function CodeField() {
  const t = useTranslations('account.security.totp')
  return (
    <label>
      {t('code')}
      <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={7} required />
    </label>
  )
}

/** Enrolment and removal of the second factor (TOTP), for administrators and coordinators. */
export async function SecondFactorSection({ payload, user }: { payload: Payload; user: User }) {
  const view = await enrolmentView(payload, user)
  const t = await getTranslations('account.security.totp')
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>
  return (
    <section aria-labelledby="totp-title">
      <h2 id="totp-title">{t('title')}</h2>
      <p className="lead">{t('lead')}</p>
      {view.enabled ? (
        <>
          <p className="message message--notice" data-testid="totp-status">
            {t.rich('active', { strong })}
          </p>
          <h3>{t('disableTitle')}</h3>
          <p>{t('disableIntro')}</p>
          <ResultForm action={deactivateSecondFactorAction} className="stacked-form" label={t('disable')}>
            <CurrentPasswordField />
            <CodeField />
            <button type="submit">{t('disable')}</button>
          </ResultForm>
          <p className="meta">{t('lostPhone')}</p>
        </>
      ) : (
        <>
          <p className="message message--notice" data-testid="totp-status">
            {t.rich('inactive', { strong })}
          </p>
          <h3>{t('enableTitle')}</h3>
          <ol>
            <li>{t('install')}</li>
            <li>
              {t('scan')}
              <div className="totp-qr" role="img" aria-label={t('qr')} dangerouslySetInnerHTML={{ __html: view.qrSvg }} />
              {t('byHand')} <code data-testid="totp-secret">{grouped(view.secret)}</code>
            </li>
            <li>{t('confirm')}</li>
          </ol>
          <ResultForm action={activateSecondFactorAction} className="stacked-form" label={t('enable')}>
            <CurrentPasswordField />
            <CodeField />
            <button type="submit">{t('enable')}</button>
          </ResultForm>
        </>
      )}
    </section>
  )
}
