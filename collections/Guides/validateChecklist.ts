import type { ArrayFieldValidation } from 'payload'

import { adminMessage } from '@/admin/language'

/** Checklist item keys identify the communes' answers: they must be present and unique within a guide. */
export const validateChecklist: ArrayFieldValidation = (value, { siblingData, req }) => {
  const items = ((siblingData as { checklist?: { key?: string }[] }).checklist ?? []) as { key?: string }[]
  const keys = items.map((item) => item.key?.trim()).filter(Boolean)
  if (new Set(keys).size !== keys.length) return adminMessage(req, 'checklistKeysUnique')
  if (Array.isArray(value) && value.length > 30) return adminMessage(req, 'checklistAtMost')
  return true
}
