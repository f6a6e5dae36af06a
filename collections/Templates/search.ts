import type { Template } from '../../src/payload-types'
import { plainText } from '../../src/richtext/fromBlocks'
import { searchDocument } from '../../src/search/document'

export const templateSearchDocument = (template: Template) =>
  searchDocument({
    collection: 'templates',
    docId: String(template.id),
    type: 'modele',
    title: template.title,
    text: [template.description, plainText(template.body)].join('\n'),
    url: `/modeles/${template.slug}`,
    visibility: 'members',
  })
