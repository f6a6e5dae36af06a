'use server'

import { z } from 'zod'

import { safeRedirect } from '@/auth/safeRedirect'
import { choice, list, verbatim } from '@/forms/read'
import { serverAction, withoutState } from '@/forms/serverAction'

import { follow, unfollow } from './follow'
import { saveDigestSettings } from './settings'
import { digestFrequencies, followTargets, isNotificationKind } from './vocabulary'

// Schema refusals are catalogue keys, read in the request's language by the server action.
const invalid = 'follow.actions.invalid'

/** « Suivre » / « Ne plus suivre » on a guide, a measure, a committee, a product, or a line of /compte/notifications. */
export const followAction = withoutState(
  serverAction({
    input: z.object({
      target: choice(followTargets, invalid),
      key: verbatim(160),
      follow: choice({ oui: true, non: true }, invalid),
      back: verbatim(300),
    }),
    work: ({ target, key, follow: wanted }, { payload, user }) => (wanted === 'oui' ? follow : unfollow)(payload, user, { target, key }),
    revalidate: ({ back }) => [safeRedirect(back).split(/[?#]/)[0]!, '/compte/notifications'],
  }),
)

/** The digest's frequency and kinds, from /compte/notifications. */
export const digestSettingsAction = serverAction({
  input: z.object({
    frequency: choice(digestFrequencies, 'follow.actions.frequency'),
    kinds: list(),
  }),
  work: ({ frequency, kinds }, { payload, user }) =>
    saveDigestSettings(payload, user, { frequency, kinds: kinds.filter(isNotificationKind) }),
  revalidate: () => ['/compte/notifications'],
})
