import type { Limit } from '@/throttle/throttle'

/** What can be reported as needing an update (issue 24): a guide, a question of the FAQ, a template. */
export const reportTargets = {
  guides: 'Guide',
  faqs: 'Question fréquente',
  templates: 'Modèle',
} as const
export type ReportTarget = keyof typeof reportTargets

/** Where a report stands: open until the owner or the coordination deals with it. */
export const reportStatuses = {
  ouvert: 'Ouvert',
  traite: 'Traité',
  ecarte: 'Écarté',
} as const
export type ReportStatus = keyof typeof reportStatuses

/** The longest message and section a report carries. */
export const REPORT_MESSAGE_MAX = 1000
export const REPORT_SECTION_MAX = 160
export const REPORT_REPLY_MAX = 1000

/** A person reports a few contents an hour, not a flood: per account, whatever the path (form, REST, GraphQL). */
export const REPORT_LIMITS: Limit[] = [
  { by: 'subject', max: 10, windowMs: 60 * 60_000 },
  { by: 'subject', max: 30, windowMs: 24 * 60 * 60_000 },
]
