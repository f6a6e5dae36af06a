import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/rules'
import { dayField } from '@/fields/day'
import { httpsUrl } from '@/fields/httpsUrl'
import { isSlug, slugField } from '@/fields/slug'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'
import { changeWatchItems, createWatchItems, readWatchItems, staffOnlyField } from '@/watch/access'
import { watchKindKeys } from '@/watch/kinds'

import { watchItemDeliverablePublished } from './hooks/measureDeliverable'
import { announcePublication, fillSlug, stampPublication } from './hooks/publication'

/**
 * The region's watch (veille, measures 21, 23 and 24): news written by the coordination or proposed by COTEC
 * members as drafts, published by the coordination. Members read published items only, on every path.
 */
export const WatchItems: CollectionConfig = {
  slug: 'watch-items',
  labels: { singular: 'Veille', plural: 'Veille' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedAt', '_status'],
    group: 'Contenus',
    description:
      'Actualités de veille (cybersécurité, outils, inclusion numérique…). Les membres du COTEC proposent des brouillons, la coordination les publie.',
  },
  versions: { drafts: true, maxPerDoc: 30 },
  defaultSort: '-publishedAt',
  access: { read: readWatchItems, readVersions: staffOnly, create: createWatchItems, update: changeWatchItems, delete: changeWatchItems },
  hooks: {
    beforeValidate: [fillSlug],
    beforeChange: [stampPublication],
    afterChange: [announcePublication, watchItemDeliverablePublished],
  },
  fields: [
    { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 160, localized: true },
    {
      ...slugField(),
      // Left empty, it is made from the title before validation (hooks/publication.ts `fillSlug`).
      required: false,
      validate: (value: unknown) =>
        value == null || value === '' || isSlug(value) ? true : 'Lettres minuscules, chiffres et tirets uniquement.',
      admin: { position: 'sidebar', description: 'Tiré du titre si vous le laissez vide.' },
    },
    {
      name: 'kind',
      label: 'Type',
      type: 'select',
      required: true,
      options: localizedOptions(watchKindKeys, 'vocab.watch.kinds'),
      index: true,
    },
    {
      name: 'summary',
      label: 'Résumé',
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 600,
      admin: {
        description: 'Deux ou trois phrases : ce qui se passe et pourquoi une commune s’en soucie. Affiché dans la liste et les flux.',
      },
    },
    { name: 'body', label: 'Contenu', type: 'richText', localized: true },
    {
      name: 'todo',
      label: 'À faire dans votre commune',
      type: 'textarea',
      localized: true,
      maxLength: 1200,
      admin: { description: 'Facultatif : une action par ligne, commençant par un verbe. Affiché dans un encadré.' },
    },
    {
      name: 'sources',
      label: 'Sources',
      type: 'array',
      labels: { singular: 'Source', plural: 'Sources' },
      maxRows: 20,
      fields: [
        { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 240 },
        { name: 'url', label: 'Adresse', type: 'text', maxLength: 500, validate: httpsUrl },
        dayField('date', 'Date'),
      ],
    },
    {
      name: 'measureNumbers',
      label: 'Mesures liées (numéros)',
      type: 'number',
      hasMany: true,
      min: 1,
      max: 38,
      admin: { description: 'Numéros des mesures de la stratégie numérique (ANNEXE III) : 21 outils, 23 cybersécurité, 24 inclusion…' },
    },
    { name: 'guides', label: 'Guides liés', type: 'relationship', relationTo: 'guides', hasMany: true },
    {
      name: 'products',
      label: 'Produits liés (« Qui utilise quoi »)',
      type: 'text',
      hasMany: true,
      maxLength: 120,
      admin: { description: 'Le nom du produit tel que les communes le saisissent (« Abacus ») : la page le relie à sa fiche.' },
    },
    {
      name: 'publishedAt',
      label: 'Publiée le',
      type: 'date',
      index: true,
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: { position: 'sidebar', description: 'Remplie à la première publication si vous la laissez vide.' },
    },
    {
      name: 'proposedBy',
      label: 'Proposée par',
      type: 'relationship',
      relationTo: 'users',
      ...systemField(),
      admin: { position: 'sidebar', readOnly: true },
    },
    // The first publication, announced once to the followers (src/watch/published.ts).
    { name: 'announcedAt', type: 'date', ...systemField({ hidden: true }) },
  ],
}
