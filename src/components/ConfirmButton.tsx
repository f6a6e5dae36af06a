'use client'

import type React from 'react'

import { buttonClass, type ButtonVariant } from './ui/Button'

type Props = Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'className'> & { question: string; variant?: ButtonVariant }

/**
 * A submit button for a step that cannot be undone: asks `question` in a dialog before the form goes. Without
 * JavaScript the form's required confirmation box (checked by the server) does the same job.
 */
export function ConfirmButton({ question, children, variant = 'primary', ...button }: Props) {
  return (
    <button
      type="submit"
      {...button}
      className={buttonClass(variant)}
      onClick={(event) => {
        if (!window.confirm(question)) event.preventDefault()
      }}
    >
      {children}
    </button>
  )
}
