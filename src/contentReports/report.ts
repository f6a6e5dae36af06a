import type { Payload } from 'payload'

import { asUser } from '@/auth/asUser'
import type { User } from '@/payload-types'
import { done, invalidFields, refuse, type Result } from '@/result'

import { REPORT_MESSAGE_MAX, REPORT_SECTION_MAX, type ReportTarget } from './vocabulary'

export type ReportInput = { kind: ReportTarget; id: number; message: string; section: string }

/** A report's own checks, before anything is written: the French message of each field in error, or null. */
export function reportProblems({ message, section }: Pick<ReportInput, 'message' | 'section'>): Record<string, string> | null {
  const errors: Record<string, string> = {}
  if (!message.trim()) errors.message = 'Dites en quelques mots ce qui est à mettre à jour.'
  else if (message.length > REPORT_MESSAGE_MAX)
    errors.message = `Votre message dépasse ${REPORT_MESSAGE_MAX.toLocaleString('fr-CH')} caractères : raccourcissez-le.`
  if (section.length > REPORT_SECTION_MAX) errors.section = `La partie concernée tient en ${REPORT_SECTION_MAX} caractères au plus.`
  return Object.keys(errors).length ? errors : null
}

/**
 * A member reports a content as needing an update, in their own name (collections/ContentReports pins the reporter,
 * checks that they may read the content, and limits how many reports an account sends).
 */
export async function reportContent(payload: Payload, user: User, input: ReportInput): Promise<Result> {
  const problems = reportProblems(input)
  if (problems) return invalidFields(problems)
  try {
    await payload.create({
      collection: 'content-reports',
      data: { targetKind: input.kind, targetId: input.id, message: input.message.trim(), section: input.section.trim() || null },
      ...asUser(user),
    } as never)
  } catch (error) {
    const { status, message } = error as { status?: number; message?: string }
    if (status === 429) return refuse(429, message ?? 'Trop de signalements en peu de temps.')
    throw error
  }
  return done('Merci : votre signalement est transmis au responsable du contenu. Vous verrez ici quand il aura été traité.')
}
