import type { CollectionConfig } from 'payload'

import { adminOnly, authenticated, measureMaintainerField, measureMaintainers, staffField, staffOnly } from '@/access/rules'
import { eventTypeKeys } from '@/events/vocabulary'
import { dayField } from '@/fields/day'
import { localizedOptions } from '@/i18n/labels'
import { measureAxisKeys, measureStatusKeys, priorities } from '@/measures/vocabulary'
import { watchKindKeys } from '@/watch/kinds'

import { linkedDeliverablesPublished } from './hooks/linkedDeliverables'
import { notifyMeasureFollowers } from './hooks/notifyMeasureFollowers'
import { recordMeasureUpdates } from './hooks/recordMeasureUpdates'
import { rollUpMilestones } from './hooks/rollUpMilestones'

const staffOnlyField = { create: staffField, update: staffField }

/**
 * The prioritised measures of the strategy (ANNEXE III). Everyone reads them; COTEC members (and staff) keep
 * status and progress; priority and rank change only through a validated proposal (priority-changes), or by
 * staff; the strategy's texts, the owner, the target date and the deliverables' links are staff's. Milestones are
 * kept like the status (COTEC and staff); with milestones, the % is theirs (hooks/rollUpMilestones.ts). Every change
 * is written to measure-updates; publishing a linked deliverable moves the status (src/measures/deliverables.ts).
 */
export const Measures: CollectionConfig = {
  slug: 'measures',
  labels: { singular: 'Mesure', plural: 'Mesures' },
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title', 'axis', 'priority', 'status', 'progress'], group: 'Gouvernance' },
  defaultSort: 'rank',
  access: { read: authenticated, create: staffOnly, update: measureMaintainers, delete: adminOnly },
  hooks: { beforeChange: [rollUpMilestones], afterChange: [recordMeasureUpdates, notifyMeasureFollowers, linkedDeliverablesPublished] },
  fields: [
    {
      name: 'number',
      label: 'Numéro',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      min: 1,
      max: 999,
      access: staffOnlyField,
    },
    { name: 'title', label: 'Mesure', type: 'text', required: true, maxLength: 400, localized: true, access: staffOnlyField },
    {
      name: 'axis',
      label: 'Axe',
      type: 'select',
      required: true,
      options: localizedOptions(measureAxisKeys, 'vocab.measures.axes'),
      access: staffOnlyField,
    },
    {
      name: 'priority',
      label: 'Priorité',
      type: 'select',
      required: true,
      options: priorities.map((p) => ({ label: p, value: p })),
      access: staffOnlyField,
      admin: { description: 'Change par une proposition du COTEC validée par le Comité (Mesures → Propositions).' },
    },
    {
      name: 'rank',
      label: 'Rang dans la liste ordonnée',
      type: 'number',
      required: true,
      min: 1,
      max: 999,
      index: true,
      access: staffOnlyField,
    },
    { name: 'partners', label: 'Existant / partenaires', type: 'textarea', maxLength: 600, access: staffOnlyField },
    { name: 'deliverable', label: 'Livrable', type: 'textarea', maxLength: 600, access: staffOnlyField },
    { name: 'justification', label: 'Justificatif / descriptif détaillé', type: 'textarea', maxLength: 4000, access: staffOnlyField },
    {
      name: 'status',
      label: 'État',
      type: 'select',
      required: true,
      defaultValue: 'non-renseigne',
      options: localizedOptions(measureStatusKeys, 'vocab.measures.statuses'),
      access: { create: staffField, update: measureMaintainerField },
    },
    {
      name: 'progress',
      label: 'Avancement (%)',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      max: 100,
      access: { create: staffField, update: measureMaintainerField },
      admin: { description: 'Calculé à partir des jalons quand la mesure en a (part des jalons faits).' },
    },
    { name: 'owner', label: 'Responsable', type: 'relationship', relationTo: 'users', access: staffOnlyField },
    dayField('targetDate', 'Échéance', {
      access: staffOnlyField,
      admin: { description: 'Vide : l’objectif de sa priorité (A : fin février 2023, B : fin août 2023, C : aucun).' },
    }),
    {
      name: 'milestones',
      label: 'Jalons',
      type: 'array',
      labels: { singular: 'Jalon', plural: 'Jalons' },
      maxRows: 50,
      access: { create: staffField, update: measureMaintainerField },
      admin: { description: 'Sous-livrables datés. Quand la mesure en a, son avancement est la part des jalons faits.' },
      fields: [
        { name: 'title', label: 'Jalon', type: 'text', required: true, maxLength: 200 },
        dayField('dueDate', 'Échéance'),
        { name: 'done', label: 'Fait', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      type: 'collapsible',
      label: 'Livrables dans Relais',
      admin: {
        description:
          'Ce que Relais publie pour cette mesure. La première publication d’un livrable lié fait passer une mesure « non renseignée » ou « à lancer » à « en cours ».',
      },
      fields: [
        { name: 'deliverableGuides', label: 'Guides', type: 'relationship', relationTo: 'guides', hasMany: true, access: staffOnlyField },
        {
          name: 'deliverableTemplates',
          label: 'Modèles',
          type: 'relationship',
          relationTo: 'templates',
          hasMany: true,
          access: staffOnlyField,
        },
        {
          name: 'deliverableEventTypes',
          label: 'Séries d’événements (type)',
          type: 'select',
          hasMany: true,
          options: localizedOptions(eventTypeKeys, 'vocab.events.types'),
          access: staffOnlyField,
        },
        {
          name: 'deliverableWatchKinds',
          label: 'Veille (type)',
          type: 'select',
          hasMany: true,
          options: localizedOptions(watchKindKeys, 'vocab.watch.kinds'),
          access: staffOnlyField,
        },
      ],
    },
  ],
}
