import type React from 'react'

import { asUser } from '@/auth/asUser'
import { requireSession } from '@/auth/currentUser'
import { SiteHeader } from '@/components/SiteHeader'

/** Every page below requires a logged-in user; anonymous visitors go to the login page. */
export default async function PrivateLayout({ children }: { children: React.ReactNode }) {
  const { payload, user } = await requireSession()
  const settings = await payload.findGlobal({ slug: 'site-settings', ...asUser(user), depth: 0 })
  return (
    <>
      <SiteHeader organisationName={settings.organisationName} user={user} />
      <main className="page">{children}</main>
    </>
  )
}
