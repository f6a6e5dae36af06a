'use client'

import type React from 'react'

type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & { question: string }

/**
 * A submit button for a step that cannot be undone: asks `question` in a dialog before the form goes. Without
 * JavaScript the form's required confirmation box (checked by the server) does the same job.
 */
export function ConfirmButton({ question, children, ...button }: Props) {
  return (
    <button
      type="submit"
      {...button}
      onClick={(event) => {
        if (!window.confirm(question)) event.preventDefault()
      }}
    >
      {children}
    </button>
  )
}
