'use client'

import { createContext, startTransition, useActionState, useContext, useEffect, useRef } from 'react'
import type React from 'react'

import type { FormState } from '@/forms/state'

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>
  children: React.ReactNode
  className?: string
  /** Shown instead of the form once the action succeeded (public forms); otherwise the form stays. */
  replaceOnSuccess?: boolean
  /** Empties the fields once the action succeeded (forms that add one thing after another). */
  resetOnSuccess?: boolean
  label?: string
}

const StateOfForm = createContext<FormState>(null)

/**
 * What the last answer says of one field: its error (shown next to it) and the value typed, when the action keeps
 * it (`keep` in src/forms/serverAction.ts). For fields rendered inside a ResultForm.
 */
export function useFieldState(name: string): { error?: string; value?: string } {
  const state = useContext(StateOfForm)
  if (!state || state.ok) return {}
  return { error: state.errors[name], value: state.values?.[name] }
}

/**
 * A form bound to a server action returning `{ ok, message }` or `{ ok: false, errors }`; shows the French
 * message or the errors (field errors are listed with the field's name). Works without JavaScript too.
 */
export function ResultForm({ action, children, className, replaceOnSuccess, resetOnSuccess, label }: Props) {
  const [state, formAction, pending] = useActionState(action, null)
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state?.ok && resetOnSuccess) form.current?.reset()
  }, [state, resetOnSuccess])
  if (state?.ok && replaceOnSuccess)
    return (
      <p role="status" className="message message--notice">
        {state.message}
      </p>
    )
  return (
    <form
      ref={form}
      action={formAction}
      aria-label={label}
      aria-busy={pending}
      className={className}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter)
        startTransition(() => formAction(data))
      }}
    >
      {state && !state.ok && (
        <div role="alert" className="message message--error">
          {Object.values(state.errors).length === 1 ? (
            Object.values(state.errors)[0]
          ) : (
            <ul>
              {Object.entries(state.errors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state?.ok && (
        <p role="status" className="message message--notice">
          {state.message}
        </p>
      )}
      <StateOfForm value={state}>{children}</StateOfForm>
    </form>
  )
}
