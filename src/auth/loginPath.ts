import { publicUrl } from '@/config/runtime'

import { safeRedirect } from './safeRedirect'

/** Next's cache-busting parameter of client-side navigations: never part of the page asked for. */
const RSC_PARAMETER = '_rsc'

/**
 * The login page for a visitor who asked for `requested` (a path and query, e.g. `/agenda/2?x=1`): `/connexion`
 * with `next` set to that page, so that the login brings them back to it. Only a path of this site is kept, read as
 * the login reads `next` (safeRedirect); the home page, another site or nothing at all give the bare login page.
 */
export function loginPath(requested: string | null | undefined, origin = publicUrl()): string {
  let target = safeRedirect(requested, origin)
  if (target.includes(RSC_PARAMETER)) {
    const url = new URL(target, origin)
    url.searchParams.delete(RSC_PARAMETER)
    target = `${url.pathname}${url.search}${url.hash}`
  }
  if (target === '/' || target === '/connexion' || target.startsWith('/connexion?')) return '/connexion'
  return `/connexion?next=${encodeURIComponent(target)}`
}
