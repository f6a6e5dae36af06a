'use client'

import { useRowLabel } from '@payloadcms/ui'

/** A guide's checklist row in /admin shows its number and the action's wording, so that the list reads collapsed. */
export function ChecklistRowLabel() {
  const { data, rowNumber } = useRowLabel<{ label?: string }>()
  const label = data?.label?.trim()
  return (
    <span>
      {String((rowNumber ?? 0) + 1).padStart(2, '0')} · {label || 'Nouvelle action'}
    </span>
  )
}
