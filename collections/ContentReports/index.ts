import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { type AccessUser, isStaff } from '@/access/roles'
import { authenticated, nobody, staffOnly } from '@/access/rules'
import { REPORT_MESSAGE_MAX, REPORT_REPLY_MAX, REPORT_SECTION_MAX, reportStatuses, reportTargets } from '@/contentReports/vocabulary'
import { idOf } from '@/fields/idOf'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'

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
  labels: { singular: label('admin.contentReports.labelSingular'), plural: label('admin.contentReports.labelPlural') },
  admin: {
    useAsTitle: 'targetTitle',
    defaultColumns: ['targetTitle', 'targetKind', 'status', 'createdAt', 'handledAt'],
    group: label('admin.groups.contenus'),
    description: label('admin.contentReports.adminDescription'),
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
          label: label('admin.contentReports.targetKind'),
          type: 'select',
          required: true,
          options: localizedOptions(reportTargets, 'vocab.contentReports.targets'),
          access: { update: nobody },
          admin: { readOnly: true },
        },
        {
          name: 'targetId',
          label: label('admin.contentReports.targetId'),
          type: 'number',
          required: true,
          index: true,
          access: { update: nobody },
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'targetTitle', label: label('admin.contentReports.targetTitle'), type: 'text', ...systemField() },
    { name: 'targetPath', label: label('admin.contentReports.targetPath'), type: 'text', ...systemField({ hidden: true }) },
    {
      name: 'targetLink',
      type: 'ui',
      admin: { components: { Field: '/src/admin/ReportTargetLink#ReportTargetLink' } },
    },
    {
      name: 'section',
      label: label('admin.contentReports.section'),
      type: 'text',
      maxLength: REPORT_SECTION_MAX,
      access: { update: nobody },
      admin: { readOnly: true },
    },
    {
      name: 'message',
      label: label('admin.contentReports.message'),
      type: 'textarea',
      required: true,
      maxLength: REPORT_MESSAGE_MAX,
      access: { update: nobody },
      admin: { readOnly: true },
    },
    {
      name: 'reporter',
      label: label('admin.contentReports.reporter'),
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { read: reporterOrStaff, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'reporterName',
      label: label('admin.contentReports.reporterName'),
      type: 'text',
      access: { read: reporterOrStaff, create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'reporterCommune',
      label: label('admin.contentReports.reporterCommune'),
      type: 'relationship',
      relationTo: 'communes',
      access: { read: reporterOrStaff, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'owner',
      label: label('admin.contentReports.owner'),
      type: 'relationship',
      relationTo: 'users',
      index: true,
      ...systemField(),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('admin.contentReports.ownerDescription'),
      },
    },
    {
      name: 'status',
      label: label('admin.contentReports.status'),
      type: 'select',
      required: true,
      defaultValue: 'ouvert',
      options: localizedOptions(reportStatuses, 'vocab.contentReports.statuses'),
      index: true,
    },
    {
      name: 'replyNote',
      label: label('admin.contentReports.replyNote'),
      type: 'textarea',
      maxLength: REPORT_REPLY_MAX,
      admin: {
        description: label('admin.contentReports.replyNoteDescription'),
      },
    },
    {
      name: 'handledBy',
      label: label('admin.contentReports.handledBy'),
      type: 'relationship',
      relationTo: 'users',
      ...systemField({ hidden: true }),
    },
    { name: 'handledByName', label: label('admin.contentReports.handledByName'), type: 'text', ...systemField() },
    { name: 'handledAt', label: label('admin.contentReports.handledAt'), type: 'date', ...systemField() },
    { name: 'notifiedAt', label: label('admin.contentReports.notifiedAt'), type: 'date', ...systemField() },
  ],
}
