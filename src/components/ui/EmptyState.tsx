import type React from 'react'

import { Button } from './Button'

/** What an empty list says: what it would show, and what to do now (a sentence, and a link when there is one). */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string
  children?: React.ReactNode
  action?: { href: string; label: string }
}) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">
        <strong>{title}</strong>
      </p>
      {children}
      {action && (
        <p>
          <Button as="link" href={action.href} variant="secondary">
            {action.label}
          </Button>
        </p>
      )}
    </div>
  )
}
