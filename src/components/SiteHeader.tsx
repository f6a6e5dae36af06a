import Link from 'next/link'

import { logoutAction } from '@/auth/actions'
import type { User } from '@/payload-types'

import { navigationFor } from './navigation'
import { SearchBox } from './SearchBox'
import { SiteMenu } from './SiteMenu'

function AccountLinks({ user }: { user: User }) {
  return (
    <>
      <span>{user.name}</span>
      <Link href="/compte">Mon compte</Link>
      <Link href="/compte/securite">Sécurité du compte</Link>
      <form action={logoutAction}>
        <button type="submit" className="link-button">
          Se déconnecter
        </button>
      </form>
    </>
  )
}

/** The header of every intranet page: brand, search, account, and the menu (folded behind « Menu » on phones). */
export function SiteHeader({
  organisationName,
  user,
  waitingRequests = 0,
}: {
  organisationName: string
  user: User
  /** Account requests waiting for this person's decision: a count beside « Ma commune ». */
  waitingRequests?: number
}) {
  return (
    <header className="site-header">
      <div className="site-header__top">
        <Link href="/" className="brand">
          {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG of public/: nothing for next/image to do */}
          <img className="brand__logo" src="/logo.svg" alt="" width={40} height={40} />
          <span className="brand__name">Relais</span>
          <span className="brand__org">{organisationName}</span>
        </Link>
        <SearchBox />
        <div className="account">
          <AccountLinks user={user} />
        </div>
      </div>
      <SiteMenu
        items={navigationFor(user).map(({ href, label }) => ({
          href,
          label,
          badge: href === '/ma-commune' && waitingRequests > 0 ? <WaitingBadge count={waitingRequests} /> : undefined,
        }))}
        account={<AccountLinks user={user} />}
      />
    </header>
  )
}

/** The count of waiting account requests, read aloud as words (the number alone means nothing to a screen reader). */
function WaitingBadge({ count }: { count: number }) {
  return (
    <span className="badge badge--count" data-testid="waiting-requests">
      {count}
      <span className="visually-hidden"> {count > 1 ? 'demandes de compte en attente' : 'demande de compte en attente'}</span>
    </span>
  )
}
