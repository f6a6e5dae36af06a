import Link from 'next/link'
import { useTranslations } from 'next-intl'
import type React from 'react'

export type Crumb = { href: string; label: string }

/** Where am I: the breadcrumb (the sections above this page), the page's title (as in the menu) and its lead. */
export function PageHeader({
  title,
  breadcrumb = [],
  lead,
  children,
}: {
  title: React.ReactNode
  breadcrumb?: Crumb[]
  lead?: React.ReactNode
  children?: React.ReactNode
}) {
  const t = useTranslations('shell')
  return (
    <div className="page-header">
      {breadcrumb.length > 0 && (
        <nav aria-label={t('breadcrumb')} className="breadcrumb">
          <ol>
            {breadcrumb.map((crumb) => (
              <li key={crumb.href}>
                <Link href={crumb.href}>{crumb.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1>{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </div>
  )
}
