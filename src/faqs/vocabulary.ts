/** Labels of the FAQ, shared by the collection, the page and the seed. */

export const faqThemes = {
  relais: 'Relais et mon compte',
  strategie: 'La stratégie numérique',
  gouvernance: 'Gouvernance et comités',
  securite: 'Sécurité',
  prestataires: 'Prestataires et contrats',
  financement: 'Financement',
} as const
export type FaqTheme = keyof typeof faqThemes
