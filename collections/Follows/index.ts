import type { CollectionConfig } from 'payload'

import { nobody, ownRecords } from '@/access/rules'
import { followTargetKeys } from '@/follow/vocabulary'
import { label, localizedOptions } from '@/i18n/labels'

/**
 * What a person follows (src/follow/follow.ts). Read by that person only (nobody reads another's, staff included);
 * written by the follow service only, after it checked the person may read what they follow. A row with
 * `following: false` turns a default off (every guide for a référent, their committee for a member of it); the key
 * `*` stands for every record of the target.
 */
export const Follows: CollectionConfig = {
  slug: 'follows',
  labels: { singular: label('admin.follows.labelSingular'), plural: label('admin.follows.labelPlural') },
  admin: { hidden: true, group: label('admin.groups.systeme') },
  access: { read: ownRecords('user'), create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['user', 'target', 'key'], unique: true }],
  fields: [
    {
      name: 'user',
      label: label('admin.follows.user'),
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { update: nobody },
    },
    {
      name: 'target',
      label: label('admin.follows.target'),
      type: 'select',
      required: true,
      options: localizedOptions(followTargetKeys, 'vocab.follow.targets'),
      index: true,
    },
    { name: 'key', label: label('admin.follows.key'), type: 'text', required: true, maxLength: 160, index: true },
    { name: 'label', label: label('admin.follows.label'), type: 'text', maxLength: 400 },
    { name: 'following', label: label('admin.follows.following'), type: 'checkbox', defaultValue: true },
  ],
}
