import type { CollectionConfig } from 'payload'

import { roles } from '@/access/roles'
import { authenticated, staffOnly } from '@/access/rules'
import { localizedOptions } from '@/i18n/labels'
import { committeeRoleKeys, committees, type CommitteeSlug } from '@/meetings/vocabulary'

import { validateMemberships } from './validateMemberships'

/**
 * The Comité (COPIL) and the COTEC. A person sits on a committee by holding its role (`copil`, `cotec`), which is
 * what access rules read; the memberships record the formal composition (présidence, secrétariat, terms) and who
 * is convened to meetings.
 */
export const Committees: CollectionConfig = {
  slug: 'committees',
  labels: { singular: 'Comité', plural: 'Comités' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Gouvernance' },
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeValidate: [validateMemberships] },
  fields: [
    { name: 'name', label: 'Nom', type: 'text', required: true, unique: true, maxLength: 120 },
    { name: 'shortName', label: 'Abréviation', type: 'text', required: true, maxLength: 20 },
    {
      name: 'slug',
      label: 'Rôle des membres',
      type: 'select',
      required: true,
      unique: true,
      // Named as the role the members hold (« Comité / COPIL », « Comité technique (COTEC) »).
      options: (Object.keys(committees) as CommitteeSlug[]).map((slug) => ({ value: slug, label: roles[slug] })),
    },
    { name: 'mission', label: 'Mission', type: 'textarea', maxLength: 2000 },
    { name: 'composition', label: 'Composition prévue', type: 'textarea', maxLength: 2000 },
    {
      name: 'memberships',
      label: 'Membres',
      type: 'array',
      labels: { singular: 'Membre', plural: 'Membres' },
      fields: [
        { name: 'user', label: 'Personne', type: 'relationship', relationTo: 'users', required: true },
        // Copied from the account by validateMemberships: members read the composition, not each other's accounts.
        { name: 'name', label: 'Nom', type: 'text', maxLength: 200, admin: { readOnly: true } },
        {
          name: 'role',
          label: 'Fonction',
          type: 'select',
          required: true,
          defaultValue: 'membre',
          options: localizedOptions(committeeRoleKeys, 'vocab.meetings.roles'),
        },
        { name: 'representing', label: 'Représente', type: 'text', maxLength: 200 },
        { name: 'from', label: 'Depuis le', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'until', label: 'Jusqu’au', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
  ],
}
