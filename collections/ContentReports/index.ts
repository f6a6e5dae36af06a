import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { type AccessUser, isStaff } from '@/access/roles'
import { authenticated, nobody, staffOnly } from '@/access/rules'
import { REPORT_MESSAGE_MAX, REPORT_REPLY_MAX, REPORT_SECTION_MAX, reportStatuses, reportTargets } from '@/contentReports/vocabulary'
import { idOf } from '@/fields/idOf'
import { systemField } from '@/fields/system'
import { localizedOptions } from '@/i18n/labels'

import { prepareReport, stampHandling, throttleReports } from './hooks/prepareReport'
import { queueReportMail } from './hooks/queueReportMail'

const userOf = (req: { user?: unknown }) => req.user as AccessUser

/** The coordination reads every report; a person, the reports they made and those on the content they own. */
const ownOrOwnedOrStaff: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isStaff(user)) return true
  const own: Where = { reporter: { equals: user.id } }
  const owned: Where = { owner: { equals: user.id } }
  return { or: [own, owned] }
}

/** The coordination and the content's owner deal with a report (status and reply); the reporter does not. */
const ownerOrStaff: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  return isStaff(user) ? true : { owner: { equals: user.id } }
}

/**
 * Who reported, and from which commune: the reporter and the coordination only. An owner of another commune (a
 * COTEC member owning a guide) reads what is wrong, never who said it.
 */
const reporterOrStaff: FieldAccess = ({ req, doc }) => {
  const user = userOf(req)
  return isStaff(user) || (Boolean(user) && doc != null && idOf(doc.reporter) === user!.id)
}

/**
 * « Signaler un contenu à mettre à jour » (issue 24): a member says what is wrong in a guide, a question of the FAQ or
 * a template; the content's owner (a guide's « responsable », else the coordination) is told by e-mail and deals
 * with it in the admin, with a reply the reporter reads on the content's page.
 */
export const ContentReports: CollectionConfig = {
  slug: 'content-reports',
  labels: { singular: 'Signalement de contenu', plural: 'Signalements de contenu' },
  admin: {
    useAsTitle: 'targetTitle',
    defaultColumns: ['targetTitle', 'targetKind', 'status', 'createdAt', 'handledAt'],
    group: 'Contenus',
    description: 'Contenus signalés par les membres comme à mettre à jour. Marquez-les traités (ou écartés) avec une note de réponse.',
  },
  defaultSort: '-createdAt',
  access: { read: ownOrOwnedOrStaff, create: authenticated, update: ownerOrStaff, delete: staffOnly },
  hooks: { beforeValidate: [prepareReport], beforeChange: [throttleReports, stampHandling], afterChange: [queueReportMail] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'targetKind',
          label: 'Type de contenu',
          type: 'select',
          required: true,
          options: localizedOptions(reportTargets, 'vocab.contentReports.targets'),
          access: { update: nobody },
          admin: { readOnly: true },
        },
        {
          name: 'targetId',
          label: 'Identifiant du contenu',
          type: 'number',
          required: true,
          index: true,
          access: { update: nobody },
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'targetTitle', label: 'Contenu signalé', type: 'text', ...systemField() },
    { name: 'targetPath', label: 'Page du contenu', type: 'text', ...systemField({ hidden: true }) },
    {
      name: 'targetLink',
      type: 'ui',
      admin: { components: { Field: '/src/admin/ReportTargetLink#ReportTargetLink' } },
    },
    {
      name: 'section',
      label: 'Partie concernée',
      type: 'text',
      maxLength: REPORT_SECTION_MAX,
      access: { update: nobody },
      admin: { readOnly: true },
    },
    {
      name: 'message',
      label: 'Ce qui est à mettre à jour',
      type: 'textarea',
      required: true,
      maxLength: REPORT_MESSAGE_MAX,
      access: { update: nobody },
      admin: { readOnly: true },
    },
    {
      name: 'reporter',
      label: 'Signalé par',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { read: reporterOrStaff, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'reporterName',
      label: 'Nom de la personne',
      type: 'text',
      access: { read: reporterOrStaff, create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'reporterCommune',
      label: 'Commune',
      type: 'relationship',
      relationTo: 'communes',
      access: { read: reporterOrStaff, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'owner',
      label: 'Responsable du contenu',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      ...systemField(),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Le responsable du guide au moment du signalement ; sans responsable, la coordination.',
      },
    },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'ouvert',
      options: localizedOptions(reportStatuses, 'vocab.contentReports.statuses'),
      index: true,
    },
    {
      name: 'replyNote',
      label: 'Note de réponse',
      type: 'textarea',
      maxLength: REPORT_REPLY_MAX,
      admin: {
        description: 'Ce qui a été fait (ou pourquoi le signalement est écarté) : la personne qui a signalé le lit sur la page du contenu.',
      },
    },
    { name: 'handledBy', label: 'Traité par', type: 'relationship', relationTo: 'users', ...systemField({ hidden: true }) },
    { name: 'handledByName', label: 'Traité par', type: 'text', ...systemField() },
    { name: 'handledAt', label: 'Traité le', type: 'date', ...systemField() },
    { name: 'notifiedAt', label: 'Responsable averti le', type: 'date', ...systemField() },
  ],
}
