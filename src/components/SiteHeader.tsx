import { logoutAction } from '@/auth/actions'
import type { User } from '@/payload-types'

import { navigationFor } from './navigation'
import { SearchBox } from './SearchBox'

export function SiteHeader({ organisationName, user }: { organisationName: string; user: User }) {
  return (
    <header className="site-header">
      <div className="site-header__top">
        <a href="/" className="brand">
          {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG of public/: nothing for next/image to do */}
          <img className="brand__logo" src="/logo.svg" alt="" width={40} height={40} />
          <span className="brand__name">Relais</span>
          <span className="brand__org">{organisationName}</span>
        </a>
        <SearchBox />
        <div className="account">
          <span>{user.name}</span>
          <a href="/compte">Mon compte</a>
          <a href="/compte/securite">Sécurité du compte</a>
          <form action={logoutAction}>
            <button type="submit" className="link-button">
              Se déconnecter
            </button>
          </form>
        </div>
      </div>
      <nav aria-label="Navigation principale">
        <ul>
          {navigationFor(user).map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
