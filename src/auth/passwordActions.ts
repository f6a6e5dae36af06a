'use server'

import { headers } from 'next/headers'
import { z } from 'zod'

import { verbatim } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import { done } from '@/result'

/**
 * "Mon compte" › Changer mon mot de passe. The write goes through the Local API as the person, with the current
 * password, so the Users hooks check it exactly as over REST; Payload then ends their other sessions (it keeps the
 * one making the change).
 */
export const changeOwnPasswordAction = serverAction({
  input: z
    .object({
      currentPassword: verbatim().refine(Boolean, 'auth.change.currentMissing'),
      password: verbatim().refine(Boolean, 'auth.change.newMissing'),
      confirm: verbatim(),
    })
    .refine(({ password, confirm }) => password === confirm, {
      message: 'auth.change.notSame',
      path: ['confirm'],
    }),
  work: async ({ currentPassword, password }, { payload, user }) => {
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { password, currentPassword },
      user,
      overrideAccess: false,
      depth: 0,
      req: { headers: await headers() },
    })
    return done('auth.change.done')
  },
})
