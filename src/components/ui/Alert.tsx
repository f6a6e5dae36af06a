import type React from 'react'

export type AlertKind = 'success' | 'error' | 'warning' | 'info'

/** The class names per kind; success keeps the older `message--notice` name the pages and tests know. */
export const alertClass: Record<AlertKind, string> = {
  success: 'message message--notice',
  error: 'message message--error',
  warning: 'message message--warning',
  info: 'message message--info',
}

/** Errors interrupt (role alert); the others are announced politely (role status). */
export const alertRole = (kind: AlertKind): 'alert' | 'status' => (kind === 'error' ? 'alert' : 'status')

/**
 * A notification banner: what just happened (success), what went wrong (error), what to watch (warning) or a
 * piece of information. Put it above the form or at the top of the page, never inside a row of fields.
 */
export function Alert({
  kind,
  title,
  children,
  role,
  className,
}: {
  kind: AlertKind
  title?: string
  children: React.ReactNode
  role?: 'alert' | 'status' | 'note'
  className?: string
}) {
  return (
    <div role={role ?? alertRole(kind)} className={[alertClass[kind], className].filter(Boolean).join(' ')}>
      {title && <p className="message__title">{title}</p>}
      {children}
    </div>
  )
}
