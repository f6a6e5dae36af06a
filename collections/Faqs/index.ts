import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { faqThemes } from '@/faqs/vocabulary'
import { optionsFrom } from '@/fields/options'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'Question fréquente', plural: 'Questions fréquentes' },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'theme', 'order'], group: 'Contenus' },
  defaultSort: 'order',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'question', label: 'Question', type: 'text', required: true, maxLength: 240 },
    { name: 'answer', label: 'Réponse', type: 'richText', required: true },
    {
      name: 'theme',
      label: 'Thème',
      type: 'select',
      required: true,
      options: optionsFrom(faqThemes),
    },
    { name: 'order', label: 'Ordre', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}
