import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
  TaskConfig,
} from 'payload'

import { syncSearchEntry } from './indexer'
import { isSearchable } from './sources'

export const searchQueue = 'search'

/**
 * Queued with the write, in its transaction: the job exists only if the write committed, and it reads the
 * committed document. The engine being down delays the entry (the job retries); it never fails the save.
 */
const queueSync = async (req: PayloadRequest, collection: string, id: number | string) => {
  await req.payload.jobs.queue({ task: 'searchSync', input: { collection, id: String(id) }, queue: searchQueue, req })
}

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await queueSync(req, collection.slug, doc.id)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await queueSync(req, collection.slug, id)
}

/** Adds the sync hooks to the collections that `searchSources` lists. */
export const withSearchSync = (collection: CollectionConfig): CollectionConfig =>
  isSearchable(collection.slug)
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
        },
      }
    : collection

export const searchSyncTask: TaskConfig<'searchSync'> = {
  slug: 'searchSync',
  label: 'Search index update',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 2_000 } },
  handler: async ({ input, req }) => {
    await syncSearchEntry(req.payload, input.collection as CollectionSlug, input.id)
    return { output: {} }
  },
}
