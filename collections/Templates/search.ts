import type { Locale } from '@/i18n/locales'
import type { Template } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'
import { searchDocument } from '@/search/document'

/** Every template is for every member. In `locale`: none without a title in it. */
export const templateSearchDocument = (template: Template, locale: Locale = 'fr') =>
  !template.title
    ? null
    : searchDocument({
        collection: 'templates',
        docId: String(template.id),
        type: 'modele',
        locale,
        title: template.title,
        text: [template.description, plainText(template.body)].join('\n'),
        url: `/modeles/${template.slug}`,
        visibility: 'members',
      })
