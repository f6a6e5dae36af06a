import type { CollectionConfig } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff, staffOnly } from '@/access/rules'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'
import { referentFunctionKeys } from '@/register/vocabulary'

/**
 * The head of a commune's digital register (steering note 003): who its référent numérique is, and when the
 * executive adopted the note. One per commune; the decision and incident logs are their own collections.
 */
export const CommuneRegisters: CollectionConfig = {
  slug: 'commune-registers',
  labels: { singular: label('admin.communeRegisters.labelSingular'), plural: label('admin.communeRegisters.labelPlural') },
  admin: {
    useAsTitle: 'referentName',
    defaultColumns: ['commune', 'referentName', 'referentFunction'],
    group: label('admin.groups.communesEtComptes'),
  },
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: staffOnly },
  hooks: { beforeValidate: [pinToCommuneAndAuthor], afterChange: [auditRecordChange], afterDelete: [auditRecordDelete] },
  fields: [
    {
      name: 'commune',
      label: label('admin.communeRegisters.commune'),
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      unique: true,
      index: true,
    },
    { name: 'referentName', label: label('admin.communeRegisters.referentName'), type: 'text', required: true, maxLength: 120 },
    {
      name: 'referentFunction',
      label: label('admin.communeRegisters.referentFunction'),
      type: 'select',
      required: true,
      options: localizedOptions(referentFunctionKeys, 'vocab.register.referentFunctions'),
    },
    { name: 'referentEmail', label: label('admin.communeRegisters.referentEmail'), type: 'email', required: true },
    { name: 'referentPhone', label: label('admin.communeRegisters.referentPhone'), type: 'text', maxLength: 40 },
    dayField('noteAdoptedOn', label('admin.communeRegisters.noteAdoptedOn')),
    { name: 'recordedByName', label: label('admin.communeRegisters.recordedByName'), type: 'text', ...systemField() },
  ],
}
