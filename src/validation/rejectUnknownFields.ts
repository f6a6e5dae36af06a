import { type CollectionBeforeOperationHook, type CollectionConfig, type Field, ValidationError } from 'payload'

// Keys Payload itself accepts on writes besides the declared fields (auth, uploads, drafts, admin forms).
const systemKeys = ['id', 'createdAt', 'updatedAt', 'password', 'confirm-password', '_status', 'file', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'url', 'thumbnailURL', 'sizes']

/** Top-level data keys of `fields`: named fields, and the fields of unnamed rows, collapsibles and tabs. */
function dataKeys(fields: Field[]): string[] {
  return fields.flatMap((field) => {
    if ('name' in field && field.name) return [field.name]
    if ('fields' in field) return dataKeys(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : dataKeys(tab.fields)))
    return []
  })
}

/**
 * REST and GraphQL writes with keys that match no field are refused (400, French message) instead of being
 * silently dropped: a typo in an integration should fail loudly, and nothing is half-saved.
 */
const rejectUnknownFields: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!['create', 'update', 'updateByID'].includes(operation) || req.payloadAPI === 'local') return args
  const data = (args as { data?: unknown }).data
  if (!data || typeof data !== 'object' || Array.isArray(data)) return args
  const known = new Set([...dataKeys(collection.fields), ...systemKeys])
  const unknown = Object.keys(data).filter((key) => !known.has(key))
  if (unknown.length === 0) return args
  throw new ValidationError(
    { collection: collection.slug, errors: unknown.map((path) => ({ path, message: `Champ inconnu : « ${path} ».` })) },
    req.t,
  )
}

export const withStrictInput = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [rejectUnknownFields, ...(collection.hooks?.beforeOperation ?? [])] },
})
