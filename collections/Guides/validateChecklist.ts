import type { ArrayFieldValidation } from 'payload'

/** Checklist item keys identify the communes' answers: they must be present and unique within a guide. */
export const validateChecklist: ArrayFieldValidation = (value, { siblingData }) => {
  const items = ((siblingData as { checklist?: { key?: string }[] }).checklist ?? []) as { key?: string }[]
  const keys = items.map((item) => item.key?.trim()).filter(Boolean)
  if (new Set(keys).size !== keys.length) return 'Chaque action de la checklist doit avoir un identifiant différent.'
  if (Array.isArray(value) && value.length > 30) return 'Une checklist compte au plus 30 actions.'
  return true
}
