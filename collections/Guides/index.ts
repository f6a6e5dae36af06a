import type { CollectionConfig } from 'payload'

import { publishedOrStaff, staffOnly } from '@/access/rules'
import { fillChecklistKeys } from '@/checklists/itemKey'
import { recurrencePeriods } from '@/checklists/vocabulary'
import { sharedFilesOnly } from '@/fields/sharedFiles'
import { slugField } from '@/fields/slug'
import { systemField } from '@/fields/system'
import { audiences, guideThemes } from '@/guides/vocabulary'
import { localizedOptions } from '@/i18n/labels'
import { guidePreviewUrl } from '@/preview/urls'

import { notifyGuideFollowers, stampGuideChanges } from './hooks/followChanges'
import { guideDeliverablePublished } from './hooks/measureDeliverable'
import { stampReviser } from './hooks/stampReviser'
import { validateChecklist } from './validateChecklist'

export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: { singular: 'Guide', plural: 'Guides' },
  admin: {
    useAsTitle: 'title',
    // « Aperçu »: the page as members will see it, with the latest draft; only editors may open it.
    preview: (doc) => guidePreviewUrl(doc),
    defaultColumns: ['title', 'theme', 'owner', 'lastReviewedAt', '_status'],
    group: 'Contenus',
    description: 'Guides pratiques avec leur checklist d’actions minimales. Seuls les guides publiés sont visibles des communes.',
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: 'title',
  access: { read: publishedOrStaff, readVersions: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  // Followers hear of a publication that adds actions or changes the text (src/follow/).
  hooks: { beforeChange: [stampReviser, stampGuideChanges], afterChange: [notifyGuideFollowers, guideDeliverablePublished] },
  fields: [
    { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 160, localized: true },
    slugField(),
    { name: 'theme', label: 'Thème', type: 'select', required: true, options: localizedOptions(guideThemes, 'vocab.guides.themes') },
    {
      name: 'audiences',
      label: 'Public',
      type: 'select',
      hasMany: true,
      required: true,
      options: localizedOptions(audiences, 'vocab.guides.audiences'),
    },
    { name: 'summary', label: 'Résumé', type: 'textarea', required: true, maxLength: 600, localized: true },
    {
      name: 'body',
      label: 'Contenu',
      type: 'richText',
      localized: true,
      admin: {
        description:
          'Une section titrée « À retenir » (titre de niveau 2 suivi d’une liste courte) devient l’affiche à imprimer du guide (A4 et A3) : chaque élément de la liste est une ligne de l’affiche.',
      },
    },
    {
      name: 'checklist',
      label: 'Checklist des actions minimales',
      type: 'array',
      labels: { singular: 'Action', plural: 'Actions' },
      validate: validateChecklist,
      // Empty keys are made from the label (new rows, API writes); saved keys never change (src/checklists/itemKey.ts).
      hooks: { beforeValidate: [({ value }) => fillChecklistKeys(value)] },
      admin: {
        description:
          'Les actions que chaque commune coche dans le guide (30 au plus), dans l’ordre où elles s’affichent. Glissez une ligne pour la déplacer.',
        initCollapsed: true,
        components: { RowLabel: '/src/admin/ChecklistRowLabel#ChecklistRowLabel' },
      },
      fields: [
        {
          name: 'label',
          label: 'Action',
          type: 'text',
          localized: true,
          required: true,
          maxLength: 240,
          admin: { description: 'Ce que la commune doit faire, en une phrase commençant par un verbe (« Tester la restauration… »).' },
        },
        {
          name: 'help',
          label: 'Explication',
          type: 'textarea',
          localized: true,
          maxLength: 600,
          admin: { description: 'Facultatif : pourquoi et comment, affiché sous l’action.' },
        },
        {
          name: 'recurrence',
          label: 'À refaire',
          type: 'select',
          options: localizedOptions(recurrencePeriods, 'vocab.checklists.recurrence'),
          admin: {
            description:
              'Facultatif : la période après laquelle l’action est à refaire (un test de restauration chaque année). Les communes saisissent la date où elles l’ont faite ; leur référent reçoit un rappel 30 jours avant l’échéance.',
          },
        },
        {
          name: 'key',
          label: 'Identifiant',
          type: 'text',
          required: true,
          maxLength: 60,
          admin: {
            description:
              'Tiré de l’action à la création de la ligne. Une fois enregistré, ne le changez plus : les réponses des communes y sont liées.',
            components: { Field: '/src/admin/ChecklistKeyField#ChecklistKeyField' },
          },
        },
        {
          // When a publication added the action (« Nouveau » on the communes' checklists); set by stampGuideChanges.
          name: 'addedAt',
          type: 'date',
          ...systemField({ hidden: true, locked: false }),
        },
      ],
    },
    {
      name: 'sources',
      label: 'Sources',
      type: 'array',
      fields: [
        { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 240 },
        { name: 'publisher', label: 'Éditeur', type: 'text', maxLength: 160 },
        { name: 'url', label: 'Adresse', type: 'text', maxLength: 500 },
      ],
    },
    {
      name: 'attachments',
      label: 'Pièces jointes (affiches…)',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      // A commune's private file (a checklist proof) is never attached to a guide every member reads.
      filterOptions: sharedFilesOnly,
    },
    {
      name: 'measureNumbers',
      label: 'Mesures liées (numéros)',
      type: 'number',
      hasMany: true,
      min: 1,
      max: 38,
      admin: { description: 'Numéros des mesures de la stratégie numérique (ANNEXE III).' },
    },
    { name: 'owner', label: 'Responsable du guide', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' } },
    {
      name: 'lastReviewedAt',
      label: 'Dernière révision',
      type: 'date',
      required: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'reviewIntervalMonths',
      label: 'Relire tous les (mois)',
      type: 'number',
      required: true,
      defaultValue: 12,
      min: 1,
      max: 60,
      admin: { position: 'sidebar' },
    },
    {
      name: 'changeNote',
      label: 'Ce qui a changé',
      type: 'textarea',
      maxLength: 500,
      admin: {
        position: 'sidebar',
        description:
          'Facultatif : en une phrase, ce que cette révision change (« Ajout de l’action sur la double authentification »). Affiché dans l’historique des révisions du guide.',
      },
    },
    {
      // Who saved this version (by name, as members cannot read accounts): the review history says who revised it.
      name: 'revisedByName',
      label: 'Révisé par',
      type: 'text',
      ...systemField({ hidden: true }),
    },
    {
      // The revision for which the owner was reminded: the reminder goes out once per overdue revision.
      name: 'reviewReminderSentFor',
      type: 'date',
      ...systemField({ hidden: true }),
    },
  ],
}
