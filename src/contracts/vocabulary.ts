/** How a commune answers one key point for one contract. */
export const contractAnswers = {
  oui: 'Oui',
  partiel: 'Partiellement',
  non: 'Non',
  inconnu: 'Je ne sais pas',
  'sans-objet': 'Sans objet',
} as const
export type ContractAnswer = keyof typeof contractAnswers

/** Answers that leave a gap to close with the provider ("je ne sais pas" too: the commune must find out). */
export const gapAnswers: readonly ContractAnswer[] = ['partiel', 'non', 'inconnu']

/** The référent is reminded this many days before the last day to give notice. */
export const noticeReminderDays = 90
