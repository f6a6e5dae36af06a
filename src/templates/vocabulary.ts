/** Labels of the templates (modèles), shared by the collection, the page and the seed. */

export const templateCategories = {
  'cahier-des-charges': 'Cahiers des charges',
  strategie: 'Stratégie',
  pilotage: 'Pilotage',
} as const
export type TemplateCategory = keyof typeof templateCategories
