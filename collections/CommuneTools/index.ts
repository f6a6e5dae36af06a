import type { CollectionConfig, PayloadRequest } from 'payload'

import { pinToCommuneAndAuthor } from '@/access/pinToOwnCommune'
import { communeStewardOrStaff, ownCommuneOrStaff, ownCommuneStewardOrStaff } from '@/access/rules'
import { adminMessage } from '@/admin/language'
import { auditRecordChange, auditRecordDelete } from '@/audit/recordHooks'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'
import { firstYear, hostingKeys } from '@/inventory/vocabulary'

import { sameCommuneContract } from './hooks/checkContract'
import { refreshProductsAfterChange, refreshProductsAfterDelete } from './hooks/refreshProducts'

const year = (value: unknown, { req }: { req?: PayloadRequest } = {}) => {
  if (value == null || value === '') return true
  const last = new Date().getFullYear()
  return Number.isInteger(value) && (value as number) >= firstYear && (value as number) <= last
    ? true
    : adminMessage(req, 'yearBetween', { first: firstYear, last })
}

const rating = (value: unknown, { req }: { req?: PayloadRequest } = {}) =>
  value == null || value === '' || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5)
    ? true
    : adminMessage(req, 'ratingRange')

/**
 * The commune's inventory of tools (issue 23, measure 8): which product serves which municipal process, from which
 * provider, where it runs, since when, under which contract, with the référent's rating. Private to the commune
 * and the coordination like its contracts; other communes see it only as the anonymised aggregates of « Qui
 * utilise quoi » (src/inventory/whoUsesWhat.ts, docs/access.md).
 */
export const CommuneTools: CollectionConfig = {
  slug: 'commune-tools',
  labels: { singular: label('admin.communeTools.labelSingular'), plural: label('admin.communeTools.labelPlural') },
  admin: {
    useAsTitle: 'product',
    defaultColumns: ['commune', 'process', 'product', 'provider'],
    group: label('admin.groups.communesEtComptes'),
  },
  defaultSort: 'product',
  access: { read: ownCommuneOrStaff, create: communeStewardOrStaff, update: ownCommuneStewardOrStaff, delete: ownCommuneStewardOrStaff },
  hooks: {
    beforeValidate: [pinToCommuneAndAuthor],
    afterChange: [auditRecordChange, refreshProductsAfterChange],
    afterDelete: [auditRecordDelete, refreshProductsAfterDelete],
  },
  fields: [
    {
      name: 'commune',
      label: label('admin.communeTools.commune'),
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
    },
    {
      name: 'process',
      label: label('admin.communeTools.process'),
      type: 'relationship',
      relationTo: 'processes',
      required: true,
      index: true,
    },
    { name: 'product', label: label('admin.communeTools.product'), type: 'text', required: true, maxLength: 160 },
    { name: 'provider', label: label('admin.communeTools.provider'), type: 'relationship', relationTo: 'providers', index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'hosting',
          label: label('admin.communeTools.hosting'),
          type: 'select',
          options: localizedOptions(hostingKeys, 'vocab.inventory.hostings'),
        },
        { name: 'hostingWhere', label: label('admin.communeTools.hostingWhere'), type: 'text', maxLength: 200 },
        { name: 'inUseSince', label: label('admin.communeTools.inUseSince'), type: 'number', validate: year as never },
      ],
    },
    {
      name: 'contract',
      label: label('admin.communeTools.contract'),
      type: 'relationship',
      relationTo: 'contracts',
      validate: sameCommuneContract as never,
      admin: { description: label('admin.communeTools.contractDescription') },
    },
    { name: 'rating', label: label('admin.communeTools.rating'), type: 'number', validate: rating as never },
    { name: 'comment', label: label('admin.communeTools.comment'), type: 'textarea', maxLength: 500 },
    {
      name: 'willingToBeContacted',
      label: label('admin.communeTools.willingToBeContacted'),
      type: 'checkbox',
      defaultValue: false,
      admin: { description: label('admin.communeTools.willingToBeContactedDescription') },
    },
    { name: 'recordedByName', label: label('admin.communeTools.recordedByName'), type: 'text', ...systemField() },
  ],
}
