import type { Payload } from 'payload'

import { asUser } from '@/auth/asUser'
import { intlLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { User } from '@/payload-types'
import { done, invalidFields, refuse, type Result } from '@/result'

import { REPORT_MESSAGE_MAX, REPORT_SECTION_MAX, type ReportTarget } from './vocabulary'

export type ReportInput = { kind: ReportTarget; id: number; message: string; section: string }

/** A report's own checks, before anything is written: the message of each field in error (in `locale`), or null. */
export function reportProblems(
  { message, section }: Pick<ReportInput, 'message' | 'section'>,
  locale: UiLocale = 'fr',
): Record<string, string> | null {
  const t = translatorFor(locale, 'contentReports.errors')
  const number = new Intl.NumberFormat(intlLocale(locale))
  const errors: Record<string, string> = {}
  if (!message.trim()) errors.message = t('messageEmpty')
  else if (message.length > REPORT_MESSAGE_MAX) errors.message = t('messageTooLong', { max: number.format(REPORT_MESSAGE_MAX) })
  if (section.length > REPORT_SECTION_MAX) errors.section = t('sectionTooLong', { max: number.format(REPORT_SECTION_MAX) })
  return Object.keys(errors).length ? errors : null
}

/**
 * A member reports a content as needing an update, in their own name (collections/ContentReports pins the reporter,
 * checks that they may read the content, and limits how many reports an account sends).
 */
export async function reportContent(payload: Payload, user: User, input: ReportInput, locale: UiLocale = 'fr'): Promise<Result> {
  const t = translatorFor(locale, 'contentReports')
  const problems = reportProblems(input, locale)
  if (problems) return invalidFields(problems)
  try {
    await payload.create({
      collection: 'content-reports',
      data: { targetKind: input.kind, targetId: input.id, message: input.message.trim(), section: input.section.trim() || null },
      ...asUser(user),
    } as never)
  } catch (error) {
    const { status, message } = error as { status?: number; message?: string }
    if (status === 429) return refuse(429, message ?? t('errors.tooMany'))
    throw error
  }
  return done(t('sent'))
}
