import type { Metadata } from 'next'

import { isAdmin } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import type { SessionUser } from '@/auth/sessions/service'
import { offersSecondFactor } from '@/auth/totp/offered'
import { readSecondFactor } from '@/auth/totp/store'
import { getTranslations } from '@/i18n/getTranslations'

import { IncidentSection } from './IncidentSection'
import { SecondFactorSection } from './SecondFactorSection'
import { SessionsSection } from './SessionsSection'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.security'))('title') }
}
// The page creates the pending secret on first visit: never cache it.
export const dynamic = 'force-dynamic'

/** Every member: their open sessions. Administrators and coordinators: the second factor too. */
export default async function SecurityPage() {
  const { payload, user } = await requireSession()
  // Others see the second factor only to turn off one they still have (their role changed); no secret is made for them.
  const secondFactor = offersSecondFactor(user) || (await readSecondFactor(payload, user.id)).enabled
  const t = await getTranslations('account.security')
  return (
    <>
      <h1>{t('title')}</h1>
      <SessionsSection payload={payload} user={user as SessionUser} />
      {secondFactor && <SecondFactorSection payload={payload} user={user} />}
      {isAdmin(user) && <IncidentSection />}
    </>
  )
}
