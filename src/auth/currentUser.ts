import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import { userFromHeaders } from '@/auth/userFromHeaders'
import { REQUESTED_PATH_HEADER } from '@/http/requestedPath'
import type { User } from '@/payload-types'
import config from '@payload-config'

import { loginPath } from './loginPath'

/** The Payload instance and the logged-in user (or null) for this request; computed once per render. */
export const getSession = cache(async () => {
  const payload = await getPayload({ config })
  return { payload, user: await userFromHeaders(payload, await headers()) }
})

/** For private pages: the session, or a redirect to the login page, which then comes back to the page asked for. */
export async function requireSession() {
  const session = await getSession()
  if (!session.user) redirect(loginPath((await headers()).get(REQUESTED_PATH_HEADER)))
  return session as { payload: typeof session.payload; user: User }
}
