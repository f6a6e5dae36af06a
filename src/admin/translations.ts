import { fr } from '@payloadcms/translations/languages/fr'

import { messagesFor } from '@/i18n/catalogue'

/**
 * Payload's French strings where its own translation is wrong for editors: « un(e) nouveau ou nouvelle … »,
 * « créé(e) », « ce ou cette … », masculine agreements with a label that may be feminine (« Séance mis à jour »).
 * The label ({{label}}) can be of either gender, so the sentences are turned around it rather than agreed with it.
 * Merged by Payload over its French translation (`i18n.translations.fr` in payload.config.ts).
 */
const explicit = {
  fields: {
    addNew: 'Ajouter',
    addNewLabel: 'Ajouter : {{label}}',
    chooseFromExisting: 'Choisir parmi les éléments existants',
    chooseLabel: 'Choisir : {{label}}',
    editLabelData: 'Modifier les données : {{label}}',
    labelRelationship: 'Relation : {{label}}',
    newLabel: 'Nouveau document : {{label}}',
    selectExistingLabel: 'Choisir parmi les éléments existants : {{label}}',
    uploadNewLabel: 'Téléverser un nouveau fichier : {{label}}',
  },
  general: {
    aboutToDelete: 'Vous allez supprimer <1>{{title}}</1> ({{label}}). Voulez-vous continuer ?',
    aboutToPermanentlyDelete: 'Vous allez supprimer définitivement <1>{{title}}</1> ({{label}}). Voulez-vous continuer ?',
    aboutToRestore: 'Vous allez restaurer <1>{{title}}</1> ({{label}}). Voulez-vous continuer ?',
    aboutToRestoreAsDraft: 'Vous allez restaurer <1>{{title}}</1> ({{label}}) comme brouillon. Voulez-vous continuer ?',
    aboutToTrash: 'Vous allez mettre <1>{{title}}</1> ({{label}}) à la corbeille. Voulez-vous continuer ?',
    created: 'Création',
    createdAt: 'Date de création',
    createNew: 'Créer',
    createNewLabel: 'Créer : {{label}}',
    creatingNewLabel: 'Nouveau document : {{label}}',
    deletedCountSuccessfully: 'Suppression effectuée : {{count}} {{label}}.',
    deletedSuccessfully: 'Suppression effectuée.',
    descending: 'Décroissant',
    documentIsTrashed: 'Ce document ({{label}}) est dans la corbeille : lecture seule.',
    globals: 'Réglages',
    newLabel: 'Nouveau document : {{label}}',
    none: 'Aucune valeur',
    noResults: 'Aucun résultat ({{label}}) : rien n’existe encore, ou rien ne correspond aux filtres choisis.',
    noTrashResults: 'La corbeille est vide ({{label}}).',
    permanentlyDeletedCountSuccessfully: 'Suppression définitive effectuée : {{count}} {{label}}.',
    restoredCountSuccessfully: 'Restauration effectuée : {{count}} {{label}}.',
    schedulePublishFor: 'Programmer la publication de {{title}}',
    selectedCount: 'Sélection : {{count}} {{label}}',
    successfullyCreated: '{{label}} : document créé.',
    successfullyDuplicated: '{{label}} : copie créée.',
    titleDeleted: '{{label}} « {{title}} » : suppression effectuée.',
    titleRestored: '{{label}} « {{title}} » : restauration effectuée.',
    titleTrashed: '{{label}} « {{title}} » : mise à la corbeille effectuée.',
    trashedCountSuccessfully: 'Mise à la corbeille effectuée : {{count}} {{label}}.',
    updatedCountSuccessfully: 'Mise à jour effectuée : {{count}} {{label}}.',
    updatedLabelSuccessfully: '{{label}} : modifications enregistrées.',
    updatedSuccessfully: 'Modifications enregistrées.',
  },
  version: {
    aboutToRestoreGlobal: 'Vous allez rétablir « {{label}} » dans son état du {{versionDate}}.',
    noRowsFound: 'Aucun résultat ({{label}})',
    restoredSuccessfully: 'Restauration effectuée.',
    viewingVersion: 'Version de {{documentTitle}} ({{entityLabel}})',
    viewingVersionGlobal: 'Version : {{entityLabel}}',
    viewingVersions: 'Versions de {{documentTitle}} ({{entityLabel}})',
    viewingVersionsGlobal: 'Versions : {{entityLabel}}',
  },
} as const

type Strings = Record<string, Record<string, string>>

// Whatever the explicit list above does not name: « Êtes-vous sûr ? » speaks to a man only.
const neutral = (text: string) =>
  text
    .replace(/Êtes-vous sûr de vouloir /g, 'Voulez-vous vraiment ')
    .replace(/Êtes-vous sûr\s*\?/g, 'Voulez-vous continuer ?')
    .replace(/Vous êtes sur le point d[’']/g, 'Vous allez ')
    .replace(/Vous êtes sur le point de /g, 'Vous allez ')

/** The overrides: the explicit strings, and every other French string that the neutral rewrite changes. */
export function frenchOverrides(base: Strings = fr.translations as unknown as Strings): Strings {
  const out: Strings = {}
  for (const [group, keys] of Object.entries(base)) {
    for (const [key, text] of Object.entries(keys)) {
      const fixed = (explicit as Strings)[group]?.[key] ?? neutral(text)
      if (fixed !== text) (out[group] ??= {})[key] = fixed
    }
  }
  return out
}

/**
 * Payload's own catalogue with ours added under `relais` (messages/<lang>/adminUi.json): what our client components of
 * the admin read with `t('relais:…')` in the admin's language (`i18n.translations` in payload.config.ts).
 */
export function adminTranslations() {
  return {
    fr: { ...frenchOverrides(), relais: messagesFor('fr').adminUi },
    de: { relais: messagesFor('de').adminUi },
  }
}

/** Payload's French as editors read it: its translation with the overrides applied (for the tests). */
export function frenchAsShown(): Strings {
  const base = fr.translations as unknown as Strings
  const overrides = frenchOverrides(base)
  return Object.fromEntries(Object.entries(base).map(([group, keys]) => [group, { ...keys, ...overrides[group] }]))
}
