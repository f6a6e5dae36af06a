import type { CollectionConfig } from 'payload'

import { roles } from '@/access/roles'
import { authenticated, staffOnly } from '@/access/rules'
import { label, localizedOptions } from '@/i18n/labels'
import { committeeRoleKeys, committees, type CommitteeSlug } from '@/meetings/vocabulary'

import { validateMemberships } from './validateMemberships'

/**
 * The Comité (COPIL) and the COTEC. A person sits on a committee by holding its role (`copil`, `cotec`), which is
 * what access rules read; the memberships record the formal composition (présidence, secrétariat, terms) and who
 * is convened to meetings.
 */
export const Committees: CollectionConfig = {
  slug: 'committees',
  labels: { singular: label('admin.committees.labelSingular'), plural: label('admin.committees.labelPlural') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: label('admin.groups.gouvernance') },
  access: { read: authenticated, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeValidate: [validateMemberships] },
  fields: [
    { name: 'name', label: label('admin.committees.name'), type: 'text', required: true, unique: true, maxLength: 120 },
    { name: 'shortName', label: label('admin.committees.shortName'), type: 'text', required: true, maxLength: 20 },
    {
      name: 'slug',
      label: label('admin.committees.slug'),
      type: 'select',
      required: true,
      unique: true,
      // Named as the role the members hold (« Comité / COPIL », « Comité technique (COTEC) »).
      options: (Object.keys(committees) as CommitteeSlug[]).map((slug) => ({ value: slug, label: roles[slug] })),
    },
    { name: 'mission', label: label('admin.committees.mission'), type: 'textarea', maxLength: 2000 },
    { name: 'composition', label: label('admin.committees.composition'), type: 'textarea', maxLength: 2000 },
    {
      name: 'memberships',
      label: label('admin.committees.memberships'),
      type: 'array',
      labels: { singular: label('admin.committees.membershipsSingular'), plural: label('admin.committees.membershipsPlural') },
      fields: [
        { name: 'user', label: label('admin.committees.memberships_user'), type: 'relationship', relationTo: 'users', required: true },
        // Copied from the account by validateMemberships: members read the composition, not each other's accounts.
        { name: 'name', label: label('admin.committees.memberships_name'), type: 'text', maxLength: 200, admin: { readOnly: true } },
        {
          name: 'role',
          label: label('admin.committees.memberships_role'),
          type: 'select',
          required: true,
          defaultValue: 'membre',
          options: localizedOptions(committeeRoleKeys, 'vocab.meetings.roles'),
        },
        { name: 'representing', label: label('admin.committees.memberships_representing'), type: 'text', maxLength: 200 },
        {
          name: 'from',
          label: label('admin.committees.memberships_from'),
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'until',
          label: label('admin.committees.memberships_until'),
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
  ],
}
