import type { Process } from '@/payload-types'
import { searchDocument } from '@/search/document'

/**
 * A process of « Qui utilise quoi », found by its name, what it covers and the products communes use for it.
 * Every member may read it: it carries product names only, never a commune nor a count (docs/access.md).
 */
export const processSearchDocument = (process: Process) =>
  searchDocument({
    collection: 'processes',
    docId: String(process.id),
    type: 'outil',
    // Long on purpose: a process named like a guide (« Sauvegarde ») ranks after the guide.
    title: `Qui utilise quoi — les outils des communes pour « ${process.name} »`,
    text: [process.description, process.productsInUse ? `Produits utilisés : ${process.productsInUse.split('\n').join(', ')}` : '']
      .filter(Boolean)
      .join('\n'),
    url: `/qui-utilise-quoi#${process.key}`,
    visibility: 'members',
  })
