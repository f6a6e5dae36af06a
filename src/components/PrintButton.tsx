'use client'

import { Button } from './ui/Button'

export function PrintButton({ label = 'Imprimer' }: { label?: string }) {
  return (
    <Button type="button" variant="link" className="no-print" onClick={() => window.print()}>
      {label}
    </Button>
  )
}
