import type { JSONField } from 'payload'

/**
 * A JSON field nobody edits in /admin (a record of what happened), shown indented and wrapped by
 * src/admin/ReadableJsonField.tsx instead of Payload's code editor, which loads from a CDN the CSP refuses.
 */
export const readableJson = (field: Omit<JSONField, 'type'>): JSONField => ({
  ...field,
  type: 'json',
  admin: {
    ...field.admin,
    readOnly: true,
    components: { ...field.admin?.components, Field: '/src/admin/ReadableJsonField#ReadableJsonField' },
  },
})
