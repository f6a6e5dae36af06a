'use client'

import { createContext, startTransition, useActionState, useContext, useEffect, useId, useRef, useState } from 'react'
import type React from 'react'

import type { FormState } from '@/forms/state'

import { announceAnswer, onOtherAnswer } from './formAnswers'
import { Alert } from './ui/Alert'

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
 * message or the errors (field errors are listed with the field's name) as an alert at the top of the form, above
 * its fields. One message on the page at a time: when another form answers, this one's message goes. Works without
 * JavaScript too.
 */
export function ResultForm({ action, children, className, replaceOnSuccess, resetOnSuccess, label }: Props) {
  const [state, formAction, pending] = useActionState(action, null)
  const form = useRef<HTMLFormElement>(null)
  const id = useId()
  // The answer another form's newer answer has taken down (its message is no longer shown).
  const [dismissed, setDismissed] = useState<FormState>(null)
  const latest = useRef<FormState>(null)
  useEffect(() => {
    latest.current = state
    if (state) announceAnswer(id)
    if (state?.ok && resetOnSuccess) form.current?.reset()
  }, [state, resetOnSuccess, id])
  useEffect(() => onOtherAnswer(id, () => setDismissed(latest.current)), [id])
  const answer = state && state !== dismissed ? state : null
  if (state?.ok && replaceOnSuccess) return <Alert kind="success">{state.message}</Alert>
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
      {answer && !answer.ok && (
        <Alert kind="error">
          {Object.values(answer.errors).length === 1 ? (
            Object.values(answer.errors)[0]
          ) : (
            <ul>
              {Object.entries(answer.errors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {answer?.ok && <Alert kind="success">{answer.message}</Alert>}
      <StateOfForm value={state}>{children}</StateOfForm>
    </form>
  )
}
