'use client'

import type React from 'react'

import { useFieldState } from '@/components/ResultForm'

type Props = {
  communes: { id: number; name: string; ofsNumber: number }[]
  /** The roles one may ask for, named in the page's language. */
  roles: Record<string, string>
  /** The fields' labels, in the page's language (accounts.form). */
  words: Record<'name' | 'email' | 'commune' | 'chooseCommune' | 'function' | 'functionHint' | 'role' | 'comment', string>
}

/** One labelled field, its error between label and control (GOV.UK's pattern), linked by aria-describedby; the typed value is kept. */
function Field({
  name,
  label,
  children,
}: {
  name: string
  label: React.ReactNode
  children: (props: {
    id: string
    name: string
    defaultValue?: string
    'aria-invalid'?: true
    'aria-describedby'?: string
  }) => React.ReactNode
}) {
  const { error, value } = useFieldState(name)
  const id = `request-${name}`
  const errorId = `${id}-error`
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {children({ id, name, defaultValue: value, ...(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {}) })}
    </div>
  )
}

/**
 * The account-request form's fields: each error next to its field on the first answer, and what was typed kept
 * when the page comes back from the server (a form sent before JavaScript loaded, e.g. autofill then Enter).
 */
export function RequestAccountFields({ communes, roles, words }: Props) {
  return (
    <>
      <Field name="name" label={words.name}>
        {(props) => <input {...props} autoComplete="name" required maxLength={120} />}
      </Field>
      <Field name="email" label={words.email}>
        {(props) => <input {...props} type="email" autoComplete="email" required maxLength={200} />}
      </Field>
      <Field name="commune" label={words.commune}>
        {({ defaultValue, ...props }) => (
          <select {...props} required defaultValue={defaultValue ?? ''}>
            <option value="" disabled>
              {words.chooseCommune}
            </option>
            {communes.map((commune) => (
              <option key={commune.id} value={commune.id}>
                {commune.name} ({commune.ofsNumber})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="function" label={words.function}>
        {(props) => <input {...props} required maxLength={120} placeholder={words.functionHint} />}
      </Field>
      <Field name="requestedRole" label={words.role}>
        {({ defaultValue, ...props }) => (
          <select {...props} defaultValue={defaultValue || 'member'}>
            {Object.entries(roles).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="comment" label={words.comment}>
        {(props) => <textarea {...props} maxLength={1000} rows={3} />}
      </Field>
    </>
  )
}
