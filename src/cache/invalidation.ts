import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Plugin } from 'payload'

import { invalidate } from './shared'

const afterChange: CollectionAfterChangeHook = async ({ req, collection }) => {
  await invalidate(req.payload, req, collection.slug)
}
const afterDelete: CollectionAfterDeleteHook = async ({ req, collection }) => {
  await invalidate(req.payload, req, collection.slug)
}
const afterGlobalChange: GlobalAfterChangeHook = async ({ req, global }) => {
  await invalidate(req.payload, req, global.slug)
}

/**
 * Every write through Payload (REST, GraphQL, the admin panel, the Local API of services and jobs) tells every
 * instance's shared cache (src/cache/shared.ts) that its collection or global changed, when it commits. Writes in raw
 * SQL (`poolOf`) do not: what they write is never read through the shared cache.
 */
export const sharedCacheInvalidation: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] },
  })),
})
