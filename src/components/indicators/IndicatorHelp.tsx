'use client'

import { useState } from 'react'

import { Button } from '@/components/ui/Button'

/**
 * An indicator's definition as a toggletip: shown while the pointer is over it, while the button has the keyboard
 * focus, and kept open by a tap or a click (Escape closes it). Screen readers hear it as the button's description;
 * it prints in full.
 */
export function IndicatorHelp({ id, label, definition }: { id: string; label: string; definition: string }) {
  const [open, setOpen] = useState(false)
  return (
    <div className={open ? 'cockpit__help is-open' : 'cockpit__help'} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <Button
        type="button"
        variant="link"
        className="cockpit__toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-describedby={id}
        onClick={() => setOpen(!open)}
      >
        Définition<span className="visually-hidden"> : {label}</span>
      </Button>
      <p id={id} className="cockpit__definition">
        {definition}
      </p>
    </div>
  )
}
