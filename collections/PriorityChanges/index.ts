import type { CollectionConfig } from 'payload'

import { authenticated, measureMaintainers } from '@/access/rules'
import { auditPriorityDecision } from '@/audit/recordHooks'
import { systemField } from '@/fields/system'
import { label, localizedOptions } from '@/i18n/labels'
import { decisionEndpoint } from '@/measures/endpoints'
import { priorities, proposalStatusKeys } from '@/measures/vocabulary'

import { fillProposal } from './hooks/fillProposal'

const priorityOptions = priorities.map((p) => ({ label: p, value: p }))
// Not locked: the collection refuses every update and fillProposal replaces on create whatever a client sent.
const filledBySystem = systemField({ locked: false })
/**
 * The governance cycle: a COTEC member proposes a new priority and/or rank with a rationale; the Comité
 * (COPIL), or a coordinator citing the meeting, validates or rejects it through `decideProposal`, which
 * updates the measure. Nobody edits or deletes a proposal: it is the history shown on the measure.
 */
export const PriorityChanges: CollectionConfig = {
  slug: 'priority-changes',
  labels: { singular: label('admin.priorityChanges.labelSingular'), plural: label('admin.priorityChanges.labelPlural') },
  admin: {
    defaultColumns: ['measure', 'fromPriority', 'toPriority', 'status', 'proposedBy', 'createdAt'],
    group: label('admin.groups.gouvernance'),
  },
  defaultSort: '-createdAt',
  access: { read: authenticated, create: measureMaintainers, update: () => false, delete: () => false },
  hooks: { beforeChange: [fillProposal], afterChange: [auditPriorityDecision] },
  endpoints: [decisionEndpoint],
  fields: [
    {
      name: 'measure',
      label: label('admin.priorityChanges.measure'),
      type: 'relationship',
      relationTo: 'measures',
      required: true,
      index: true,
    },
    { name: 'toPriority', label: label('admin.priorityChanges.toPriority'), type: 'select', options: priorityOptions },
    { name: 'toRank', label: label('admin.priorityChanges.toRank'), type: 'number', min: 1, max: 999 },
    {
      name: 'rationale',
      label: label('admin.priorityChanges.rationale'),
      type: 'textarea',
      required: true,
      minLength: 10,
      maxLength: 2000,
    },
    // Filled by the system (fillProposal on create, decideProposal on decision); whatever a client sends is replaced.
    {
      name: 'fromPriority',
      label: label('admin.priorityChanges.fromPriority'),
      type: 'select',
      options: priorityOptions,
      ...filledBySystem,
    },
    { name: 'fromRank', label: label('admin.priorityChanges.fromRank'), type: 'number', ...filledBySystem },
    {
      name: 'status',
      label: label('admin.priorityChanges.status'),
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: localizedOptions(proposalStatusKeys, 'vocab.measures.proposalStatuses'),
      index: true,
      ...filledBySystem,
    },
    { name: 'proposedBy', label: label('admin.priorityChanges.proposedBy'), type: 'relationship', relationTo: 'users', ...filledBySystem },
    // Names as they were at the time: the history reads the same to members, who cannot open user accounts.
    { name: 'proposedByName', label: label('admin.priorityChanges.proposedByName'), type: 'text', maxLength: 200, ...filledBySystem },
    { name: 'decidedBy', label: label('admin.priorityChanges.decidedBy'), type: 'relationship', relationTo: 'users', ...filledBySystem },
    { name: 'decidedByName', label: label('admin.priorityChanges.decidedByName'), type: 'text', maxLength: 200, ...filledBySystem },
    { name: 'decidedAt', label: label('admin.priorityChanges.decidedAt'), type: 'date', ...filledBySystem },
    {
      name: 'decisionComment',
      label: label('admin.priorityChanges.decisionComment'),
      type: 'textarea',
      maxLength: 2000,
      ...filledBySystem,
    },
    { name: 'meeting', label: label('admin.priorityChanges.meeting'), type: 'text', maxLength: 200, ...filledBySystem },
  ],
}
