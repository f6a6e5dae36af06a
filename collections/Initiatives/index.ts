import type { CollectionConfig } from 'payload'

import { publishedOrStaff, staffOnly } from '@/access/rules'
import { httpsUrl } from '@/fields/httpsUrl'
import { slugField } from '@/fields/slug'
import { localizedOptions } from '@/i18n/labels'
import { initiativeStatusKeys, initiativeThemeKeys, levelKeys } from '@/map/vocabulary'

const afterStart = (value: unknown, { siblingData }: { siblingData: { startDate?: string | null } }) =>
  !value || !siblingData.startDate || new Date(value as string) >= new Date(siblingData.startDate)
    ? true
    : 'La fin ne peut pas précéder le début.'

/**
 * The region's digital initiatives (measure 7: « vision d'ensemble des initiatives digitales »), drawn on the map
 * by the communes taking part. Coordinators publish them; members see the published ones.
 */
export const Initiatives: CollectionConfig = {
  slug: 'initiatives',
  labels: { singular: 'Initiative', plural: 'Initiatives' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'level', 'stage', '_status'], group: 'Cartographie' },
  versions: { drafts: true, maxPerDoc: 20 },
  defaultSort: 'title',
  access: { read: publishedOrStaff, readVersions: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 200 },
    slugField(),
    { name: 'summary', label: 'Résumé', type: 'textarea', required: true, maxLength: 600 },
    { name: 'description', label: 'Description', type: 'textarea', maxLength: 10000 },
    { name: 'lead', label: 'Porteur', type: 'relationship', relationTo: 'actors', required: true, index: true },
    { name: 'partners', label: 'Partenaires', type: 'relationship', relationTo: 'actors', hasMany: true },
    {
      name: 'allCommunes',
      label: 'Concerne toutes les communes de la région',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Affichée à côté de la carte ; la carte colore les communes qui participent nommément.' },
    },
    { name: 'communes', label: 'Communes participantes', type: 'relationship', relationTo: 'communes', hasMany: true },
    {
      name: 'themes',
      label: 'Thèmes',
      type: 'select',
      hasMany: true,
      required: true,
      options: localizedOptions(initiativeThemeKeys, 'vocab.map.themes'),
    },
    {
      name: 'level',
      label: 'Niveau',
      type: 'select',
      required: true,
      index: true,
      options: localizedOptions(levelKeys, 'vocab.map.levels'),
    },
    {
      name: 'stage',
      label: 'Statut',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'en-cours',
      options: localizedOptions(initiativeStatusKeys, 'vocab.map.statuses'),
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', label: 'Début', type: 'date', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } } },
        {
          name: 'endDate',
          label: 'Fin',
          type: 'date',
          validate: afterStart,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
      ],
    },
    { name: 'website', label: 'Site internet', type: 'text', maxLength: 300, validate: httpsUrl },
    { name: 'measures', label: 'Mesures liées', type: 'relationship', relationTo: 'measures', hasMany: true },
    { name: 'source', label: 'Source', type: 'text', maxLength: 300 },
  ],
}
