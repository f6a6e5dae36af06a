'use client'

import { useActionState } from 'react'
import type React from 'react'

import type { FormState } from '../auth/actions'

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>
  submitLabel: string
  children: React.ReactNode
}

/** A small form bound to a server action that shows its French error or notice. Works without JavaScript too. */
export function AuthForm({ action, submitLabel, children }: Props) {
  const [state, formAction, pending] = useActionState(action, {})
  return (
    <form action={formAction} className="auth-form" noValidate>
      {state.error && (
        <p role="alert" className="message message--error">
          {state.error}
        </p>
      )}
      {state.notice && (
        <p role="status" className="message message--notice">
          {state.notice}
        </p>
      )}
      {children}
      <button type="submit" disabled={pending}>
        {pending ? 'Veuillez patienter…' : submitLabel}
      </button>
    </form>
  )
}
