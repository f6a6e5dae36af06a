import type { CollectionConfig } from 'payload'

import { authenticated, staffOnly } from '@/access/rules'
import { httpsUrl } from '@/fields/httpsUrl'
import { slugField } from '@/fields/slug'
import { localizedOptions } from '@/i18n/labels'
import { actorLevelKeys } from '@/map/vocabulary'

/** Who does what in the Valais digital ecosystem (strategy 004, ANNEXE IV and Figure 4). Every member reads it. */
export const Actors: CollectionConfig = {
  slug: 'actors',
  labels: { singular: 'Acteur', plural: 'Acteurs' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'acronym', 'level'], group: 'Cartographie' },
  defaultSort: 'name',
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'name', label: 'Nom', type: 'text', required: true, maxLength: 160 },
    slugField(),
    { name: 'acronym', label: 'Sigle', type: 'text', maxLength: 20 },
    {
      name: 'level',
      label: 'Niveau',
      type: 'select',
      required: true,
      index: true,
      options: localizedOptions(actorLevelKeys, 'vocab.map.levels'),
    },
    { name: 'summary', label: 'Présentation', type: 'textarea', required: true, maxLength: 800 },
    {
      name: 'missions',
      label: 'Missions',
      type: 'array',
      maxRows: 40,
      labels: { singular: 'Mission', plural: 'Missions' },
      fields: [{ name: 'text', label: 'Mission', type: 'textarea', required: true, maxLength: 600 }],
    },
    {
      name: 'provider',
      label: 'Fiche prestataire',
      type: 'relationship',
      relationTo: 'providers',
      admin: { description: 'Si cet acteur est un prestataire informatique : sa fiche, pour qu’il compte une seule fois dans la région.' },
    },
    { name: 'website', label: 'Site internet', type: 'text', maxLength: 300, validate: httpsUrl },
    { name: 'source', label: 'Source', type: 'text', maxLength: 300, admin: { description: 'D’où viennent ces informations.' } },
  ],
}
