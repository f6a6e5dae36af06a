import Link from 'next/link'
import type React from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link'

/** The class names of a button's look (styles.css): `.button` and its variant modifier. */
export function buttonClass(variant: ButtonVariant = 'primary', className?: string): string {
  return ['button', variant === 'primary' ? null : `button--${variant}`, className].filter(Boolean).join(' ')
}

type Common = { variant?: ButtonVariant; className?: string; children: React.ReactNode }
type AsButton = Common & { as?: 'button' } & Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'className'>
type AsLink = Common & { as: 'link'; href: string } & Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'className' | 'href'>

/**
 * A button in one of four looks: `primary` (one per page: the main action), `secondary` (other actions), `danger`
 * (irreversible: ask for confirmation too), `link` (a quiet action that reads as a link). `as="link"` renders an
 * intranet link (next/link) with the same look.
 */
export function Button(props: AsButton | AsLink) {
  if (props.as === 'link') {
    const { as: _as, variant, className, href, children, ...anchor } = props
    return (
      <Link href={href} className={buttonClass(variant, className)} {...anchor}>
        {children}
      </Link>
    )
  }
  const { as: _as, variant, className, type = 'submit', children, ...button } = props
  return (
    <button type={type} className={buttonClass(variant, className)} {...button}>
      {children}
    </button>
  )
}
