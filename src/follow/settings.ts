import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { done, type Result } from '@/result'

import { currentLocale, serverTranslator } from './language'
import { type DigestFrequency, digestFrequencyLabels, type NotificationKind, notificationKindKeys } from './vocabulary'

/** The person's digest: how often, and which kinds of notifications it carries (the others are turned off). */
export async function saveDigestSettings(
  payload: Payload,
  user: User,
  { frequency, kinds }: { frequency: DigestFrequency; kinds: NotificationKind[] },
): Promise<Result> {
  const muted = notificationKindKeys.filter((kind) => !kinds.includes(kind))
  // The fields are the person's own and no API writes them: the system writes what they chose.
  await payload.update({ collection: 'users', id: user.id, data: { digestFrequency: frequency, mutedNotifications: muted } })
  const t = await serverTranslator('follow.service')
  const locale = await currentLocale()
  const often = digestFrequencyLabels(locale === 'de' ? 'de' : 'fr')[frequency]
  return done(kinds.length ? t('saved', { frequency: locale === 'de' ? often : often.toLowerCase() }) : t('savedNone'))
}
