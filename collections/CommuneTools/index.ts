import type { CollectionConfig } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff } from '@/access/rules'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'
import { firstYear, hostingKeys } from '@/inventory/vocabulary'

import { sameCommuneContract } from './hooks/checkContract'
import { refreshProductsAfterChange, refreshProductsAfterDelete } from './hooks/refreshProducts'

const year = (value: unknown) => {
  if (value == null || value === '') return true
  const last = new Date().getFullYear()
  return Number.isInteger(value) && (value as number) >= firstYear && (value as number) <= last
    ? true
    : `Indiquez une année entre ${firstYear} et ${last}.`
}

const rating = (value: unknown) =>
  value == null || value === '' || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5)
    ? true
    : 'La note va de 1 à 5.'

/**
 * The commune's inventory of tools (issue 23, measure 8): which product serves which municipal process, from which
 * provider, where it runs, since when, under which contract, with the référent's rating. Private to the commune
 * and the coordination like its contracts; other communes see it only as the anonymised aggregates of « Qui
 * utilise quoi » (src/inventory/whoUsesWhat.ts, docs/access.md).
 */
export const CommuneTools: CollectionConfig = {
  slug: 'commune-tools',
  labels: { singular: 'Outil de la commune', plural: 'Inventaire des outils' },
  admin: { useAsTitle: 'product', defaultColumns: ['commune', 'process', 'product', 'provider'], group: 'Communes et comptes' },
  defaultSort: 'product',
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: ownCommuneStewardOrStaff },
  hooks: {
    beforeValidate: [pinToCommuneAndAuthor],
    afterChange: [auditRecordChange, refreshProductsAfterChange],
    afterDelete: [auditRecordDelete, refreshProductsAfterDelete],
  },
  fields: [
    { name: 'commune', label: 'Commune', type: 'relationship', relationTo: 'communes', required: true, index: true },
    { name: 'process', label: 'Processus', type: 'relationship', relationTo: 'processes', required: true, index: true },
    { name: 'product', label: 'Produit ou service', type: 'text', required: true, maxLength: 160 },
    { name: 'provider', label: 'Prestataire', type: 'relationship', relationTo: 'providers', index: true },
    {
      type: 'row',
      fields: [
        { name: 'hosting', label: 'Hébergement', type: 'select', options: localizedOptions(hostingKeys, 'vocab.inventory.hostings') },
        { name: 'hostingWhere', label: 'Où', type: 'text', maxLength: 200 },
        { name: 'inUseSince', label: 'En service depuis (année)', type: 'number', validate: year as never },
      ],
    },
    {
      name: 'contract',
      label: 'Contrat lié',
      type: 'relationship',
      relationTo: 'contracts',
      validate: sameCommuneContract as never,
      admin: { description: 'Un contrat de la même commune.' },
    },
    { name: 'rating', label: 'Note du ou de la référent·e (1 à 5)', type: 'number', validate: rating as never },
    { name: 'comment', label: 'Commentaire', type: 'textarea', maxLength: 500 },
    {
      name: 'willingToBeContacted',
      label: 'D’accord d’être contacté·e par d’autres communes à ce sujet',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Sinon, la commune est comptée dans « Qui utilise quoi » mais jamais nommée.' },
    },
    { name: 'recordedByName', label: 'Saisi par', type: 'text', ...systemField() },
  ],
}
