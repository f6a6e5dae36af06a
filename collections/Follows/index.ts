import type { CollectionConfig } from 'payload'

import { nobody, ownRecords } from '@/access/rules'
import { followTargetKeys } from '@/follow/vocabulary'
import { localizedOptions } from '@/i18n/labels'

/**
 * What a person follows (src/follow/follow.ts). Read by that person only (nobody reads another's, staff included);
 * written by the follow service only, after it checked the person may read what they follow. A row with
 * `following: false` turns a default off (every guide for a référent, their committee for a member of it); the key
 * `*` stands for every record of the target.
 */
export const Follows: CollectionConfig = {
  slug: 'follows',
  labels: { singular: 'Suivi', plural: 'Suivis' },
  admin: { hidden: true, group: 'Système' },
  access: { read: ownRecords('user'), create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['user', 'target', 'key'], unique: true }],
  fields: [
    { name: 'user', label: 'Personne', type: 'relationship', relationTo: 'users', required: true, index: true, access: { update: nobody } },
    {
      name: 'target',
      label: 'Quoi',
      type: 'select',
      required: true,
      options: localizedOptions(followTargetKeys, 'vocab.follow.targets'),
      index: true,
    },
    { name: 'key', label: 'Lequel', type: 'text', required: true, maxLength: 160, index: true },
    { name: 'label', label: 'Titre au moment du suivi', type: 'text', maxLength: 400 },
    { name: 'following', label: 'Suivi', type: 'checkbox', defaultValue: true },
  ],
}
