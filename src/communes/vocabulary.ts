/** The eight French-speaking districts of Valais covered by the ARVr, by their OFS number (state of 2024). */
export const districts = {
  2302: 'Conthey',
  2303: 'Entremont',
  2305: 'Hérens',
  2307: 'Martigny',
  2308: 'Monthey',
  2310: 'Saint-Maurice',
  2311: 'Sierre',
  2312: 'Sion',
} as const

export type DistrictNumber = keyof typeof districts
