'use client'

import { useState } from 'react'

import { Button } from '@/components/ui/Button'

/**
 * An indicator's definition as a toggletip: shown while the pointer is over it (CSS, works before the script
 * loads), while the button has the keyboard focus, and kept open by a tap or a click; a second tap or Escape
 * closes it. Screen readers hear it as the button's description; it prints in full. `toggle`: the button's word, in
 * the reader's language (« Définition »), followed by the indicator's label for screen readers.
 */
export function IndicatorHelp({ id, label, definition, toggle }: { id: string; label: string; definition: string; toggle: string }) {
  const [open, setOpen] = useState(false)
  const [keyboardFocus, setKeyboardFocus] = useState(false)
  const [dismissed, setDismissed] = useState(false)
  const shown = open || (keyboardFocus && !dismissed)
  return (
    <div
      className={shown ? 'cockpit__help is-open' : 'cockpit__help'}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        setOpen(false)
        setDismissed(true)
      }}
    >
      <Button
        type="button"
        variant="link"
        className="cockpit__toggle"
        aria-expanded={shown}
        aria-controls={id}
        aria-describedby={id}
        onFocus={(event) => setKeyboardFocus(event.currentTarget.matches(':focus-visible'))}
        onBlur={() => {
          setKeyboardFocus(false)
          setDismissed(false)
        }}
        onClick={() => {
          setDismissed(shown)
          setOpen(!shown)
        }}
      >
        {toggle}
        <span className="visually-hidden">{label}</span>
      </Button>
      <p id={id} className="cockpit__definition">
        {definition}
      </p>
    </div>
  )
}
