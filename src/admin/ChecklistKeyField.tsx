'use client'

import { TextField, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useEffect, useRef } from 'react'

import { keyFromLabel } from '@/checklists/itemKey'

/**
 * The identifier of a checklist item in /admin: on a new row it follows the action's wording as it is typed; once the
 * row has been saved with a key, it no longer moves (the communes' answers point to it). Left empty, the server
 * fills it the same way (collections/Guides).
 */
export function ChecklistKeyField(props: TextFieldClientProps) {
  const { path } = props
  const { value, setValue } = useField<string>({ path })
  const labelPath = path.replace(/key$/, 'label')
  const label = useFormFields(([fields]) => fields[labelPath]?.value as string | undefined)
  // Decided once, when the row appears: a row that came with a key keeps it.
  const follows = useRef(!value)
  // The last key made from the label: a value that differs was typed by the editor, who then keeps the hand.
  const made = useRef<string | null>(null)
  useEffect(() => {
    if (!follows.current) return
    if (made.current !== null && (value ?? '') !== made.current) {
      follows.current = false
      return
    }
    const next = keyFromLabel(label)
    made.current = next
    if (next !== (value ?? '')) setValue(next)
  }, [label, value, setValue])
  return <TextField {...props} />
}
