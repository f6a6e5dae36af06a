import type { PayloadRequest, TextField } from 'payload'

import { adminMessage } from '@/admin/language'
import { label } from '@/i18n/labels'

/** What a slug looks like: lower-case letters, digits and dashes. */
export const isSlug = (value: unknown, maxLength = 80): value is string =>
  typeof value === 'string' && value.length <= maxLength && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)

/** The unique, readable part of a page's address (/guides/<slug>): lower-case letters, digits and dashes. */
export const slugField = (maxLength = 80): TextField => ({
  name: 'slug',
  label: label('admin.fields.slug'),
  type: 'text',
  required: true,
  unique: true,
  index: true,
  maxLength,
  validate: (value: unknown, { req }: { req?: PayloadRequest } = {}) => (isSlug(value, Infinity) ? true : adminMessage(req, 'slugFormat')),
  admin: { position: 'sidebar' },
})
