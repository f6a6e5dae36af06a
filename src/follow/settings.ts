import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { done, type Result } from '@/result'

import { type DigestFrequency, digestFrequencies, type NotificationKind, notificationKinds } from './vocabulary'

/** The person's digest: how often, and which kinds of notifications it carries (the others are turned off). */
export async function saveDigestSettings(
  payload: Payload,
  user: User,
  { frequency, kinds }: { frequency: DigestFrequency; kinds: NotificationKind[] },
): Promise<Result> {
  const muted = (Object.keys(notificationKinds) as NotificationKind[]).filter((kind) => !kinds.includes(kind))
  // The fields are the person's own and no API writes them: the system writes what they chose.
  await payload.update({ collection: 'users', id: user.id, data: { digestFrequency: frequency, mutedNotifications: muted } })
  return done(
    kinds.length
      ? `Préférences enregistrées : résumé ${digestFrequencies[frequency].toLowerCase()}.`
      : 'Préférences enregistrées : vous ne recevrez plus de résumé par e-mail.',
  )
}
