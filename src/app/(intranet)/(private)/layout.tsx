import type React from 'react'

import { isAdmin } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { countWaitingRequests } from '@/home/view'
import { getTranslations } from '@/i18n/getTranslations'
import { loadSiteSettings } from '@/settings/view'

/** Every page below requires a logged-in user; anonymous visitors go to the login page. */
export default async function PrivateLayout({ children }: { children: React.ReactNode }) {
  const { payload, user } = await requireSession()
  const [settings, waitingRequests] = await Promise.all([loadSiteSettings(payload, user), countWaitingRequests(payload, user)])
  const t = await getTranslations('shell')
  return (
    <>
      <a className="skip-link" href="#contenu">
        {t('skipLink')}
      </a>
      <SiteHeader organisationName={settings.organisationName} user={user} waitingRequests={waitingRequests} />
      <main id="contenu" className="page" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter settings={settings} canEdit={isAdmin(user)} />
    </>
  )
}
