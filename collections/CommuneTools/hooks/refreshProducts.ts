import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf } from '@/fields/idOf'
import { refreshProcessProducts } from '@/inventory/processProducts'

/** After a write, the process (and the one it left, if it moved) lists the products in use again, for search. */
export const refreshProductsAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const processes = new Set([idOf(doc.process), idOf(previousDoc?.process)].filter((id) => id != null))
  for (const process of processes) await refreshProcessProducts(req.payload, process, req)
  return doc
}

export const refreshProductsAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc.process != null) await refreshProcessProducts(req.payload, idOf(doc.process), req)
  return doc
}
