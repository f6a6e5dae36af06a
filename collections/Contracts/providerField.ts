import type { FieldHook, RelationshipField, Validate } from 'payload'

import { adminMessage } from '@/admin/language'
import { idOf } from '@/fields/idOf'
import { label } from '@/i18n/labels'
import { providerForName, providerNameMax } from '@/providers/resolve'

/**
 * A name typed instead of a record (the contract form, a REST client) becomes the provider known under that name
 * or one of its aliases, or a new provider record: the same provider is then counted once across the region.
 */
const nameToRecord: FieldHook = async ({ value, req }) => {
  if (typeof value !== 'string') return value
  const typed = value.trim()
  if (/^\d{1,10}$/.test(typed)) return Number(typed)
  if (!typed || typed.length > providerNameMax) return value
  return (await providerForName(req, typed)) ?? value
}

/** Required here rather than in the database, so that the migration can link the existing contracts first. */
const validateProvider: Validate<unknown> = async (value, { req }) => {
  if (value == null || value === '') return adminMessage(req, 'providerRequired')
  if (typeof value === 'string' && value.trim().length > providerNameMax)
    return adminMessage(req, 'providerNameTooLong', { max: providerNameMax })
  const id = idOf(value)
  if (!Number.isInteger(Number(id))) return adminMessage(req, 'providerUnknown')
  const { totalDocs } = await req.payload.count({ collection: 'providers', where: { id: { equals: Number(id) } }, req })
  return totalDocs === 1 ? true : adminMessage(req, 'providerUnknown')
}

/** The contract's provider: a record of `providers`; a name is accepted too and resolved to one. */
export const providerField: RelationshipField = {
  name: 'provider',
  label: label('admin.contracts.provider'),
  type: 'relationship',
  relationTo: 'providers',
  index: true,
  hooks: { beforeValidate: [nameToRecord] },
  validate: validateProvider as never,
  admin: { description: label('admin.contracts.providerDescription') },
}
