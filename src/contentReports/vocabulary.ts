import type { Limit } from '@/throttle/throttle'

/**
 * What can be reported as needing an update (issue 24): a guide, a question of the FAQ, a template. Labels in
 * messages/<lang>/vocab.contentReports.json (`targets.<value>`, `statuses.<value>`).
 */
export const reportTargets = ['guides', 'faqs', 'templates'] as const
export type ReportTarget = (typeof reportTargets)[number]

export const isReportTarget = (value: unknown): value is ReportTarget => (reportTargets as readonly unknown[]).includes(value)

/** Where a report stands: open until the owner or the coordination deals with it. */
export const reportStatuses = ['ouvert', 'traite', 'ecarte'] as const
export type ReportStatus = (typeof reportStatuses)[number]

/** The longest message and section a report carries. */
export const REPORT_MESSAGE_MAX = 1000
export const REPORT_SECTION_MAX = 160
export const REPORT_REPLY_MAX = 1000

/** A person reports a few contents an hour, not a flood: per account, whatever the path (form, REST, GraphQL). */
export const REPORT_LIMITS: Limit[] = [
  { by: 'subject', max: 10, windowMs: 60 * 60_000 },
  { by: 'subject', max: 30, windowMs: 24 * 60 * 60_000 },
]
