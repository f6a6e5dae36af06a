import Link from 'next/link'
import type React from 'react'

/** A white box with a border; with `href` its title is the link (the whole card is one tap target in `.cards`). */
export function Card({
  as: Tag = 'div',
  title,
  href,
  headingLevel = 2,
  children,
  className,
}: {
  as?: 'div' | 'li' | 'article' | 'section'
  title?: React.ReactNode
  href?: string
  headingLevel?: 2 | 3
  children?: React.ReactNode
  className?: string
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <Tag className={['card', className].filter(Boolean).join(' ')}>
      {title && <Heading className="card__title">{href ? <Link href={href}>{title}</Link> : title}</Heading>}
      {children}
    </Tag>
  )
}
