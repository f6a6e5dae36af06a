'use client'

import { startTransition, useActionState } from 'react'
import type React from 'react'

import type { FormState } from '../auth/actions'

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>
  submitLabel: string
  children: React.ReactNode
}

/**
 * A small form bound to a server action that shows its French error or notice. Works without JavaScript too.
 * With JavaScript the submit is dispatched by hand so that React does not clear the fields after a refusal
 * (nobody wants to retype their e-mail address after a typo in the password).
 */
export function AuthForm({ action, submitLabel, children }: Props) {
  const [state, formAction, pending] = useActionState(action, {})
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault()
        const data = new FormData(event.currentTarget)
        startTransition(() => formAction(data))
      }}
      className="auth-form"
      noValidate
    >
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
