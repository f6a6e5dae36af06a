import type React from 'react'

import { AuthPage } from '@/components/AuthPage'
import { getTranslations } from '@/i18n/getTranslations'

/** A link that this app did not sign (changed, cut, or for a closed account): nothing is changed. */
export default async function InvalidUnsubscribeLink() {
  const t = await getTranslations('account.unsubscribe')
  return (
    <AuthPage title={t('invalidTitle')}>
      <p>{t('invalid')}</p>
      <p className="auth-links">
        {t.rich('manageIn', { link: (chunks: React.ReactNode) => <a href="/compte/notifications">{chunks}</a> })}
      </p>
    </AuthPage>
  )
}
