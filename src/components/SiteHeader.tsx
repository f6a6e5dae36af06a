import Link from 'next/link'

import { logoutAction } from '@/auth/actions'
import { getTranslations } from '@/i18n/getTranslations'
import type { User } from '@/payload-types'

import { navigationFor } from './navigation'
import { SearchBox } from './SearchBox'
import { SiteMenu } from './SiteMenu'

async function AccountLinks({ user }: { user: User }) {
  const t = await getTranslations('shell')
  return (
    <>
      <span>{user.name}</span>
      <Link href="/compte">{t('myAccount')}</Link>
      <Link href="/compte/securite">{t('accountSecurity')}</Link>
      <form action={logoutAction}>
        <button type="submit" className="link-button">
          {t('logout')}
        </button>
      </form>
    </>
  )
}

/** The header of every intranet page: brand, search, account, and the menu (folded behind « Menu » on phones). */
export async function SiteHeader({
  organisationName,
  user,
  waitingRequests = 0,
}: {
  organisationName: string
  user: User
  /** Account requests waiting for this person's decision: a count beside « Ma commune ». */
  waitingRequests?: number
}) {
  const t = await getTranslations('shell')
  return (
    <header className="site-header">
      <div className="site-header__top">
        <Link href="/" className="brand">
          {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG of public/: nothing for next/image to do */}
          <img className="brand__logo" src="/logo.svg" alt="" width={40} height={40} />
          <span className="brand__name">{'Relais'}</span>
          <span className="brand__org">{organisationName}</span>
        </Link>
        <SearchBox />
        <div className="account">
          <AccountLinks user={user} />
        </div>
      </div>
      <SiteMenu
        items={navigationFor(user, (key) => t(`nav.${key}`)).map(({ href, label }) => ({
          href,
          label,
          badge: href === '/ma-commune' && waitingRequests > 0 ? <WaitingBadge count={waitingRequests} /> : undefined,
        }))}
        account={<AccountLinks user={user} />}
        words={{ open: t('menu.open'), close: t('menu.close'), label: t('menu.label') }}
      />
    </header>
  )
}

/** The count of waiting account requests, read aloud as words (the number alone means nothing to a screen reader). */
async function WaitingBadge({ count }: { count: number }) {
  const t = await getTranslations('shell')
  return (
    <span className="badge badge--count" data-testid="waiting-requests">
      {count}
      <span className="visually-hidden"> {t('waitingRequests', { count })}</span>
    </span>
  )
}
