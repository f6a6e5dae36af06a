import { defaultLabels } from '@/i18n/vocabulary'

// Labels in vocab.register; the records below are in the default language, for code not yet translated.

/** Who holds the role of référent numérique (steering note 003, §3.1). */
export const referentFunctionKeys = ['secretaire', 'executif', 'externe', 'autre'] as const
export const referentFunctions = defaultLabels(referentFunctionKeys, 'vocab.register.referentFunctions')

/** Who took a digital decision (steering note 003, §4–5). */
export const deciderKeys = ['executif', 'administration', 'referent'] as const
export const deciders = defaultLabels(deciderKeys, 'vocab.register.deciders')

export const incidentStatusKeys = ['ouvert', 'clos'] as const
export const incidentStatuses = defaultLabels(incidentStatusKeys, 'vocab.register.incidentStatuses')
