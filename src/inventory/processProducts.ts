import type { Payload, PayloadRequest } from 'payload'

import { productKey, usualSpelling } from './products'

/**
 * Keeps on each process the names of the products communes use for it (`productsInUse`, one a line), so that
 * search finds a process by the products in use. Names only: no commune, no count, whatever their number; read as
 * the system because one commune's write changes what the whole region has in use.
 */
export async function refreshProcessProducts(payload: Payload, process: number, req?: PayloadRequest) {
  const entries = await payload.find({
    collection: 'commune-tools',
    where: { process: { equals: process } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { product: true },
  })
  const byKey = new Map<string, string[]>()
  for (const { product } of entries.docs) {
    const key = productKey(product)
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), product])
  }
  const names = [...byKey.values()].map(usualSpelling).sort((a, b) => a.localeCompare(b, 'fr'))
  const productsInUse = names.join('\n')
  const current = await payload.findByID({ collection: 'processes', id: process, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!current || (current.productsInUse ?? '') === productsInUse) return
  await payload.update({ collection: 'processes', id: process, data: { productsInUse }, overrideAccess: true, req })
}
