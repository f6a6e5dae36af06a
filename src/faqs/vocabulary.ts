/** The FAQ's themes, in the order of the page; labels in messages/<lang>/vocab.faqs.json (`themes.<value>`). */

export const faqThemes = ['relais', 'strategie', 'gouvernance', 'securite', 'prestataires', 'financement'] as const
export type FaqTheme = (typeof faqThemes)[number]
