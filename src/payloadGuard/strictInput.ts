import { type CollectionBeforeOperationHook, type CollectionConfig, getLocalI18n, NotFound, ValidationError } from 'payload'

import { refusal } from '@/http/refusal'
import { contentLocale, type UiLocale } from '@/i18n/locales'
import type { Translate } from '@/i18n/translator'

import { apiRefusalLocale } from './apiRefusals'
import { dataFields, typeProblem, validId } from './fieldTypes'
import { refusalsIn } from './refusalLanguage'
import { whereProblemFor } from './wherePaths'

// Keys Payload itself accepts on writes besides the declared fields (auth, uploads, drafts, admin forms).
const systemKeys = [
  'id',
  'createdAt',
  'updatedAt',
  'password',
  'confirm-password',
  '_status',
  'file',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'url',
  'thumbnailURL',
  'sizes',
]

/**
 * Bad input from REST and GraphQL is refused with a 4xx and a message in the request's language (its cookie, else its
 * Accept-Language: src/payloadGuard/apiRefusals.ts) before anything is read or written:
 * a `where` that PostgreSQL cannot run (however it came: query string, form body, GraphQL arguments), ids that
 * cannot exist, keys that match no field (a typo should fail loudly, not be dropped), values of the wrong type,
 * and references to documents that do not exist (which PostgreSQL would answer with an error).
 */
const strictInput: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  // The checks run in French; the request's language is worked out only when something is refused (it reads the
  // instance's settings), and that check is said again in it.
  let locale: Promise<UiLocale> | undefined
  const requestLanguage = () => (locale ??= apiRefusalLocale(req.headers, req.payload))
  const inRequestLanguage = async (): Promise<Translate> => refusalsIn(await requestLanguage())
  const { id, data, where } = args as { id?: unknown; data?: unknown; where?: unknown }
  if (where !== undefined && where !== null && whereProblemFor(operation, where, collection, req.payload.config)) {
    const problem = whereProblemFor(operation, where, collection, req.payload.config, await inRequestLanguage())
    if (problem) throw refusal(400, problem)
  }
  if (id !== undefined && !validId(id)) throw new NotFound(req.t)
  if (!['create', 'update', 'updateByID'].includes(operation) || !data || typeof data !== 'object' || Array.isArray(data)) return args

  const fields = new Map(dataFields(collection.fields).map((field) => [field.name, field]))
  const errors: { path: string; message: string }[] = []
  for (const [key, value] of Object.entries(data)) {
    const field = fields.get(key)
    if (!field) {
      if (!systemKeys.includes(key)) errors.push({ path: key, message: (await inRequestLanguage())('field.unknown', { key }) })
      continue
    }
    if (typeProblem(field, value, refusalsIn())) errors.push({ path: key, message: typeProblem(field, value, await inRequestLanguage())! })
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && value != null) {
      const ids = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' ? v.id : v))
      const found = await req.payload.count({ collection: field.relationTo, where: { id: { in: ids } }, req })
      if (found.totalDocs !== new Set(ids.map(String)).size)
        errors.push({ path: key, message: (await inRequestLanguage())('field.missingTarget', { field: key }) })
    }
  }
  if (errors.length) {
    // Payload's own heading of the refusal ("The following field is invalid") in the same language as the reasons.
    const language = contentLocale(await requestLanguage())
    const t = req.i18n?.language === language ? req.t : (await getLocalI18n({ config: req.payload.config, language })).t
    throw new ValidationError({ collection: collection.slug, errors }, t)
  }
  return args
}

export const withStrictInput = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [strictInput, ...(collection.hooks?.beforeOperation ?? [])] },
})
