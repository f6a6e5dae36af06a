'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useState } from 'react'
import type React from 'react'

import { currentSection } from './currentSection'

export type MenuItem = { href: string; label: string; badge?: React.ReactNode }

export const MENU_ID = 'menu'

/**
 * The main menu: always shown from tablets on; on phones folded behind a « Menu » button (aria-expanded,
 * aria-controls). Without JavaScript the button is a link to #menu, which opens it through :target. The current
 * section is marked with aria-current="page". `account` (the account links) is repeated in the menu on phones.
 */
export function SiteMenu({
  items,
  account,
  words,
}: {
  items: MenuItem[]
  account: React.ReactNode
  /** The button's two states and the menu's name, in the page's language. */
  words: { open: string; close: string; label: string }
}) {
  const pathname = usePathname() ?? '/'
  // The page on which the menu was opened: going to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null)
  const open = openOn === pathname
  const current = currentSection(
    pathname,
    items.map((item) => item.href),
  )
  return (
    <>
      <a
        href={`#${MENU_ID}`}
        role="button"
        className="button button--secondary site-menu__toggle"
        aria-expanded={open}
        aria-controls={MENU_ID}
        onClick={(event) => {
          event.preventDefault()
          setOpenOn(open ? null : pathname)
        }}
      >
        {open ? words.close : words.open}
      </a>
      <nav id={MENU_ID} aria-label={words.label} className={open ? 'site-menu is-open' : 'site-menu'}>
        <ul className="site-menu__list">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                {item.label}
                {item.badge}
              </Link>
            </li>
          ))}
        </ul>
        <div className="site-menu__account">{account}</div>
      </nav>
    </>
  )
}
