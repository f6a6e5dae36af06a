import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { faqThemes } from '@/faqs/vocabulary'
import { httpsUrl } from '@/fields/httpsUrl'
import { label, localizedOptions } from '@/i18n/labels'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: label('admin.faqs.labelSingular'), plural: label('admin.faqs.labelPlural') },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'theme', 'order'], group: label('admin.groups.contenus') },
  defaultSort: 'order',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'question', localized: true, label: label('admin.faqs.question'), type: 'text', required: true, maxLength: 240 },
    { name: 'answer', localized: true, label: label('admin.faqs.answer'), type: 'richText', required: true },
    {
      name: 'theme',
      label: label('admin.faqs.theme'),
      type: 'select',
      required: true,
      options: localizedOptions(faqThemes, 'vocab.faqs.themes'),
    },
    {
      // Where the answer's facts come from, shown under it on /faq; as on guides.
      name: 'sources',
      label: label('admin.faqs.sources'),
      type: 'array',
      labels: { singular: label('admin.faqs.sourcesSingular'), plural: label('admin.faqs.sourcesPlural') },
      admin: { description: label('admin.faqs.sourcesDescription') },
      fields: [
        { name: 'title', label: label('admin.faqs.sources_title'), type: 'text', required: true, maxLength: 240 },
        { name: 'publisher', label: label('admin.faqs.sources_publisher'), type: 'text', maxLength: 160 },
        { name: 'url', label: label('admin.faqs.sources_url'), type: 'text', maxLength: 500, validate: httpsUrl },
      ],
    },
    { name: 'order', label: label('admin.faqs.order'), type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}
