import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { sharedFilesOnly } from '@/fields/sharedFiles'
import { slugField } from '@/fields/slug'
import { localizedOptions } from '@/i18n/labels'
import { templateCategories } from '@/templates/vocabulary'

import { templateDeliverablePublished } from './hooks/measureDeliverable'

/** Downloadable models (strategy template, steering note, job descriptions), as pages and optional files. */
export const Templates: CollectionConfig = {
  slug: 'templates',
  labels: { singular: 'Modèle', plural: 'Modèles' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'category', 'updatedAt'], group: 'Contenus' },
  defaultSort: 'title',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { afterChange: [templateDeliverablePublished] },
  fields: [
    { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 160, localized: true },
    slugField(),
    {
      name: 'category',
      label: 'Catégorie',
      type: 'select',
      required: true,
      options: localizedOptions(templateCategories, 'vocab.templates.categories'),
    },
    { name: 'description', label: 'Description', type: 'textarea', required: true, maxLength: 600, localized: true },
    {
      name: 'instructions',
      label: 'Mode d’emploi',
      type: 'richText',
      localized: true,
      admin: { description: 'Pourquoi ce modèle, comment le remplir : affiché sur la page du modèle, jamais dans le document téléchargé.' },
    },
    {
      name: 'body',
      label: 'Contenu du modèle',
      type: 'richText',
      localized: true,
      admin: {
        description:
          'Le texte du document Word. « [nom de la commune] » et « [prénom, nom, fonction] » (le ou la référent·e) sont remplis pour le membre d’une commune qui le télécharge.',
      },
    },
    { name: 'file', label: 'Fichier à télécharger', type: 'upload', relationTo: 'media', filterOptions: sharedFilesOnly },
    { name: 'source', label: 'Source', type: 'text', maxLength: 240 },
  ],
}
