import type React from 'react'

import { requireSession } from '@/auth/currentUser'
import { SiteHeader } from '@/components/SiteHeader'
import { countWaitingRequests } from '@/home/view'
import { loadSiteSettings } from '@/settings/view'

/** Every page below requires a logged-in user; anonymous visitors go to the login page. */
export default async function PrivateLayout({ children }: { children: React.ReactNode }) {
  const { payload, user } = await requireSession()
  const [settings, waitingRequests] = await Promise.all([loadSiteSettings(payload, user), countWaitingRequests(payload, user)])
  return (
    <>
      <SiteHeader organisationName={settings.organisationName} user={user} waitingRequests={waitingRequests} />
      <main className="page">{children}</main>
    </>
  )
}
