import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { faqThemes } from '@/faqs/vocabulary'
import { httpsUrl } from '@/fields/httpsUrl'
import { localizedOptions } from '@/i18n/labels'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'Question fréquente', plural: 'Questions fréquentes' },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'theme', 'order'], group: 'Contenus' },
  defaultSort: 'order',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'question', label: 'Question', type: 'text', required: true, maxLength: 240, localized: true },
    { name: 'answer', label: 'Réponse', type: 'richText', required: true, localized: true },
    {
      name: 'theme',
      label: 'Thème',
      type: 'select',
      required: true,
      options: localizedOptions(faqThemes, 'vocab.faqs.themes'),
    },
    {
      // Where the answer's facts come from, shown under it on /faq; as on guides.
      name: 'sources',
      label: 'Sources',
      type: 'array',
      labels: { singular: 'Source', plural: 'Sources' },
      admin: { description: 'Au moins une source nommée : éditeur et titre ; l’adresse seulement si elle est sûre.' },
      fields: [
        { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 240 },
        { name: 'publisher', label: 'Éditeur', type: 'text', maxLength: 160 },
        { name: 'url', label: 'Adresse', type: 'text', maxLength: 500, validate: httpsUrl },
      ],
    },
    { name: 'order', label: 'Ordre', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}
