import { defaultLabels } from '@/i18n/vocabulary'

/** How a commune answers one key point for one contract (labels: vocab.contracts.answers). */
export const contractAnswerKeys = ['oui', 'partiel', 'non', 'inconnu', 'sans-objet'] as const
export type ContractAnswer = (typeof contractAnswerKeys)[number]
/** The answers with their labels in the default language (translated pages read `vocab.contracts.answers`). */
export const contractAnswers = defaultLabels(contractAnswerKeys, 'vocab.contracts.answers')

/** Answers that leave a gap to close with the provider ("je ne sais pas" too: the commune must find out). */
export const gapAnswers: readonly ContractAnswer[] = ['partiel', 'non', 'inconnu']

/** The référent is reminded this many days before the last day to give notice. */
export const noticeReminderDays = 90
