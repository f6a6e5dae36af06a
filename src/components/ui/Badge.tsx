import type React from 'react'

export type Tone = 'neutral' | 'success' | 'error' | 'warning' | 'info'

/** A small label (« Confidentiel », « 3 »): `count` is the red number beside a menu entry. */
export function Badge({
  tone,
  children,
  className,
  label,
}: {
  tone?: Tone | 'count'
  children: React.ReactNode
  className?: string
  /** What a screen reader says instead of a bare number (« 3 demandes en attente »). */
  label?: string
}) {
  return (
    <span className={['badge', tone ? `badge--${tone}` : null, className].filter(Boolean).join(' ')} aria-label={label}>
      {children}
    </span>
  )
}
