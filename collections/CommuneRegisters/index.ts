import type { CollectionConfig } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff, staffOnly } from '@/access/rules'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'
import { referentFunctionKeys } from '@/register/vocabulary'

/**
 * The head of a commune's digital register (steering note 003): who its référent numérique is, and when the
 * executive adopted the note. One per commune; the decision and incident logs are their own collections.
 */
export const CommuneRegisters: CollectionConfig = {
  slug: 'commune-registers',
  labels: { singular: 'Registre numérique', plural: 'Registres numériques' },
  admin: { useAsTitle: 'referentName', defaultColumns: ['commune', 'referentName', 'referentFunction'], group: 'Communes et comptes' },
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: staffOnly },
  hooks: { beforeValidate: [pinToCommuneAndAuthor], afterChange: [auditRecordChange], afterDelete: [auditRecordDelete] },
  fields: [
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', required: true, unique: true, index: true },
    { name: 'referentName', label: 'Référent·e numérique', type: 'text', required: true, maxLength: 120 },
    {
      name: 'referentFunction',
      label: 'Fonction',
      type: 'select',
      required: true,
      options: localizedOptions(referentFunctionKeys, 'vocab.register.referentFunctions'),
    },
    { name: 'referentEmail', label: 'E-mail', type: 'email', required: true },
    { name: 'referentPhone', label: 'Téléphone', type: 'text', maxLength: 40 },
    dayField('noteAdoptedOn', 'Note de pilotage adoptée par l’exécutif le'),
    { name: 'recordedByName', label: 'Saisi par', type: 'text', ...systemField() },
  ],
}
