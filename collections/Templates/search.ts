import type { Template } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'
import { searchDocument } from '@/search/document'

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
