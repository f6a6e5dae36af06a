import type { Payload } from 'payload'

import { asUser } from '@/auth/asUser'
import { contentViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import type { SiteSetting, User } from '@/payload-types'

/** The site's settings (organisation name, contact, logo), read as the logged-in user; on every page (shared cache). */
export const loadSiteSettings = (payload: Payload, user: User): Promise<SiteSetting> =>
  sharedRead(payload, ['site-settings'], contentViewer(user), () =>
    payload.findGlobal({ slug: 'site-settings', ...asUser(user), depth: 0 }),
  )

/** The public pages (login, password reset, account request) have no user: only the organisation's name is shown. */
export const loadOrganisationName = async (payload: Payload): Promise<string> =>
  (await payload.findGlobal({ slug: 'site-settings', depth: 0 })).organisationName
