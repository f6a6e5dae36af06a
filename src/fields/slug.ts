import type { TextField } from 'payload'

/** The unique, readable part of a page's address (/guides/<slug>): lower-case letters, digits and dashes. */
export const slugField = (maxLength = 80): TextField => ({
  name: 'slug',
  label: 'Adresse (slug)',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  maxLength,
  validate: (value: unknown) =>
    typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? true : 'Lettres minuscules, chiffres et tirets uniquement.',
  admin: { position: 'sidebar' },
})
