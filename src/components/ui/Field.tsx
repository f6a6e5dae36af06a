import type React from 'react'

/** The ids a field's control points at with aria-describedby: its hint, then its error (none: undefined). */
export function describedBy(id: string, hint?: React.ReactNode, error?: React.ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

export type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }

type Props = {
  id: string
  label: React.ReactNode
  hint?: React.ReactNode
  error?: React.ReactNode
  className?: string
  /** The control, given the props that tie it to the label, hint and error; an <input> with `input` when omitted. */
  children?: (control: ControlProps) => React.ReactNode
  input?: Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id'>
}

/**
 * A form field: its label, a hint, the error next to the field (from the first attempt), all tied to the control
 * (label for, aria-describedby, aria-invalid).
 */
export function Field({ id, label, hint, error, className, children, input }: Props) {
  const control: ControlProps = { id, 'aria-describedby': describedBy(id, hint, error), ...(error ? { 'aria-invalid': true } : {}) }
  return (
    <div className={['field', error ? 'field--error' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      )}
      {children ? children(control) : <input {...input} {...control} />}
    </div>
  )
}
