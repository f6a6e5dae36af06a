import type { Access, CollectionConfig } from 'payload'

import { type AccessUser, isStaff } from '@/access/roles'
import { staffField, staffOnly } from '@/access/rules'
import { alertSeverityKeys, alertStatusKeys } from '@/alerts/vocabulary'
import { dayField } from '@/fields/day'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'

import { queueAlertMail, stampPublication } from './hooks/queueAlertMail'

/** Every logged-in person reads the published alerts; drafts stay with the coordination. */
const publishedOrStaff: Access = ({ req }) => {
  const user = req.user as AccessUser
  if (!user) return false
  return isStaff(user) ? true : { status: { equals: 'published' } }
}

/**
 * A regional alert (issue 23, point 4): the coordination turns one or more shared incidents into what every
 * commune should check. Published, it shows on every member's home page until their commune has marked it checked
 * or it expires, and is e-mailed once to every commune's référents and secretaries. The shared incidents it comes
 * from are read by the coordination only: the alert speaks in its own words and names no commune.
 */
export const RegionalAlerts: CollectionConfig = {
  slug: 'regional-alerts',
  labels: { singular: label('admin.regionalAlerts.labelSingular'), plural: label('admin.regionalAlerts.labelPlural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'severity', 'status', 'expiresOn', 'publishedAt'],
    group: label('admin.groups.communesEtComptes'),
  },
  defaultSort: '-createdAt',
  access: { read: publishedOrStaff, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [stampPublication], afterChange: [queueAlertMail] },
  fields: [
    { name: 'title', label: label('admin.regionalAlerts.title'), type: 'text', required: true, maxLength: 160 },
    { name: 'whatToCheck', label: label('admin.regionalAlerts.whatToCheck'), type: 'textarea', required: true, maxLength: 4000 },
    {
      name: 'severity',
      label: label('admin.regionalAlerts.severity'),
      type: 'select',
      required: true,
      defaultValue: 'importante',
      options: localizedOptions(alertSeverityKeys, 'vocab.alerts.severities'),
    },
    dayField('expiresOn', label('admin.regionalAlerts.expiresOn'), { required: true }),
    {
      name: 'incidents',
      label: label('admin.regionalAlerts.incidents'),
      type: 'relationship',
      relationTo: 'shared-incidents',
      hasMany: true,
      access: { read: staffField },
    },
    {
      name: 'status',
      label: label('admin.regionalAlerts.status'),
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: localizedOptions(alertStatusKeys, 'vocab.alerts.statuses'),
      index: true,
    },
    { name: 'publishedAt', label: label('admin.regionalAlerts.publishedAt'), type: 'date', ...systemField() },
    { name: 'mailedAt', label: label('admin.regionalAlerts.mailedAt'), type: 'date', ...systemField() },
    { name: 'mailedTo', label: label('admin.regionalAlerts.mailedTo'), type: 'number', ...systemField() },
  ],
}
