import type { Metadata } from 'next'
import type React from 'react'

import { requireSession } from '@/auth/currentUser'
import { offersSecondFactor } from '@/auth/totp/offered'
import { loadOwnCommune } from '@/communes/view'
import { ChangePasswordForm } from '@/components/account/ChangePasswordForm'
import { LanguageForm } from '@/components/account/LanguageForm'
import { getTranslations } from '@/i18n/getTranslations'
import { loadLanguageSettings } from '@/i18n/languageSettings'
import { contentLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') }
}
export const dynamic = 'force-dynamic'

/**
 * The person's own account: who Relais thinks they are, their language (where the instance offers two) and their
 * password (changed with the current one).
 */
export default async function AccountPage() {
  const { payload, user } = await requireSession()
  const [commune, settings, locale, t, roleName] = await Promise.all([
    loadOwnCommune(payload, user),
    loadLanguageSettings(payload),
    requestLocale(),
    getTranslations('account'),
    getTranslations('roles'),
  ])
  const duties = [
    ...(user.roles ?? []).map((role) => roleName(role)),
    ...(user.communeValidator ? [t('validator')] : []),
    ...(user.communeReferent ? [t('referent')] : []),
  ]
  const link = (href: string) =>
    function Linked(chunks: React.ReactNode) {
      return <a href={href}>{chunks}</a>
    }
  return (
    <>
      <h1>{t('title')}</h1>
      <dl className="measure-facts">
        <dt>{t('name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t('email')}</dt>
        <dd>{user.email}</dd>
        {commune && (
          <>
            <dt>{t('commune')}</dt>
            <dd>{t('communeOf', { name: commune.name })}</dd>
          </>
        )}
        <dt>{t('roles')}</dt>
        <dd>{duties.join(', ')}</dd>
      </dl>
      <p className="meta">{t('mistake')}</p>
      {settings.offered.length > 1 && <LanguageForm offered={settings.offered} current={contentLocale(locale)} />}
      <ChangePasswordForm />
      <p>{t.rich('notifications', { link: link('/compte/notifications') })}</p>
      <p>{t.rich(offersSecondFactor(user) ? 'securityWithCode' : 'securityLink', { link: link('/compte/securite') })}</p>
    </>
  )
}
