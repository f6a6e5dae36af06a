import type { CollectionConfig } from 'payload'

import { isAdmin, type AccessUser } from '@/access/roles'
import { nobody } from '@/access/rules'
import { validatorOfCommuneOrStaff } from '@/access/validators'
import { auditActionOptions, auditTargetOptions } from '@/audit/vocabulary'
import { readableJson } from '@/fields/readableJson'
import { label } from '@/i18n/labels'

const never = () => false

/**
 * The audit trail: who changed what that matters, and when (docs/security.md § Audit trail). Append-only:
 * rows are written by `recordAudit` inside the transaction of the change, never through the API; nobody,
 * administrators included, edits or deletes one (access here, and a PostgreSQL trigger for the rest, which
 * lets only the retention job remove rows past their retention period).
 *
 * Readers: administrators and coordinators (the regional body that must answer "who changed this": they act
 * for every commune already), and a commune's validator for the rows concerning their commune. The source
 * address is for administrators only (a security investigation needs it; day-to-day readers do not).
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: { singular: label('admin.auditEvents.labelSingular'), plural: label('admin.auditEvents.labelPlural') },
  admin: {
    group: label('admin.groups.systeme'),
    useAsTitle: 'targetLabel',
    defaultColumns: ['createdAt', 'actorName', 'action', 'targetCollection', 'targetLabel', 'commune'],
    listSearchableFields: ['targetLabel', 'actorName'],
    description: label('admin.auditEvents.adminDescription'),
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: { read: validatorOfCommuneOrStaff(), create: never, update: never, delete: never },
  fields: [
    {
      name: 'action',
      label: label('admin.auditEvents.action'),
      type: 'select',
      required: true,
      options: auditActionOptions,
      index: true,
    },
    { name: 'actor', label: label('admin.auditEvents.actor'), type: 'relationship', relationTo: 'users', index: true },
    // As the actor was at the time: the row reads the same after a rename, a role change or a deletion.
    { name: 'actorName', label: label('admin.auditEvents.actorName'), type: 'text', maxLength: 400 },
    { name: 'actorRoles', label: label('admin.auditEvents.actorRoles'), type: 'text', maxLength: 200 },
    {
      name: 'targetCollection',
      label: label('admin.auditEvents.targetCollection'),
      type: 'select',
      required: true,
      options: auditTargetOptions,
      index: true,
    },
    { name: 'targetId', label: label('admin.auditEvents.targetId'), type: 'text', maxLength: 40, index: true },
    { name: 'targetLabel', label: label('admin.auditEvents.targetLabel'), type: 'text', maxLength: 300 },
    { name: 'commune', label: label('admin.auditEvents.commune'), type: 'relationship', relationTo: 'communes', index: true },
    // [{ field, label, before, after }] for the fields that matter; never a password, token or secret.
    readableJson({ name: 'changes', label: label('admin.auditEvents.changes') }),
    // Exports: the file and the filters it was made with.
    readableJson({ name: 'detail', label: label('admin.auditEvents.detail') }),
    {
      name: 'sourceAddress',
      label: label('admin.auditEvents.sourceAddress'),
      type: 'text',
      maxLength: 64,
      access: { read: ({ req }) => isAdmin(req.user as AccessUser), create: nobody, update: nobody },
    },
  ],
}
