import { defaultLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Process } from '@/payload-types'
import { searchDocument } from '@/search/document'

// The index's text is in the content's language: French, the language of the sources (issue 26, part G).
const t = translatorFor(defaultLocale, 'collectionSearch')

/**
 * A process of « Qui utilise quoi », found by its name, what it covers and the products communes use for it.
 * Every member may read it: it carries product names only, never a commune nor a count (docs/access.md).
 * The process's name is in the text, not the title: a title word outranks everything, and « Sauvegarde » must
 * still suggest the backup guide first; the excerpt shows which process a result is.
 */
export const processSearchDocument = (process: Process) =>
  searchDocument({
    collection: 'processes',
    docId: String(process.id),
    type: 'outil',
    title: t('whoUsesWhat'),
    text: [
      `${process.name}.`,
      process.description,
      process.productsInUse ? t('productsInUse', { products: process.productsInUse.split('\n').join(', ') }) : '',
    ]
      .filter(Boolean)
      .join('\n'),
    url: `/qui-utilise-quoi#${process.key}`,
    visibility: 'members',
  })
