'use server'

import { z } from 'zod'

import { isStaff } from '@/access/roles'
import { flag, id, list } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import { recordId } from '@/http/recordId'
import { badInput } from '@/result'

import { mergeProviders } from './merge'

/** The coordinator's merge: the record to keep (`keep`) and the duplicates ticked (`duplicate`, repeated). */
export const mergeProvidersAction = serverAction({
  input: z.object({
    keep: id('providers.merge.keepRequired'),
    duplicate: list().transform((values, ctx) => {
      const ids = values.map((value) => recordId(value))
      if (ids.some((value) => value === null)) {
        ctx.addIssue({ code: 'custom', message: 'providers.merge.unknownDuplicate' })
        return z.NEVER
      }
      return ids as number[]
    }),
    confirm: flag(),
  }),
  work: async ({ keep, duplicate, confirm }, { payload, user }) =>
    // Refusing a non-coordinator (403) comes before asking for the confirmation.
    confirm || !isStaff(user) ? mergeProviders(payload, user, keep, duplicate) : badInput('providers.merge.confirmRequired'),
  revalidate: () => ['/prestataires', '/prestataires/fusionner', '/contrats'],
  // The page tells the outcome after the reload (the form may be gone: nothing left to merge).
  redirectTo: ({ keep }, { moved, merged }) => `/prestataires/fusionner?fait=fusion&garde=${keep}&fiches=${merged}&references=${moved}`,
})
