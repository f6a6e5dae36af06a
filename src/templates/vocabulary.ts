/** The templates' (modèles) categories; labels in messages/<lang>/vocab.templates.json (`categories.<value>`). */

export const templateCategories = ['cahier-des-charges', 'strategie', 'pilotage'] as const
export type TemplateCategory = (typeof templateCategories)[number]
