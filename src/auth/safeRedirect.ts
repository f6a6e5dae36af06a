import { publicUrl } from '@/config/runtime'

/**
 * Where to send the browser after login: a path of this site, or '/'.
 *
 * The target is parsed as a browser would parse it (WHATWG URL: tabs and newlines removed anywhere, leading and
 * trailing controls and spaces removed, backslashes read as slashes) against the site's own origin, and accepted
 * only if it stays on that origin. What is returned is the parsed path, re-encoded (never a control character, so
 * never a broken Location header), and checked once more as a browser would read it, since a same-origin URL may
 * still have a path such as `//evil.example` that a browser takes for another host.
 */
export function safeRedirect(target: unknown, origin = publicUrl()): string {
  if (typeof target !== 'string' || target.length > 2048) return '/'
  const base = new URL(origin)
  // A path only: what a browser would read as anything else (a scheme, another host) is refused.
  const cleaned = target.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  if (!/^[/\\]/.test(cleaned)) return '/'
  let url: URL
  try {
    url = new URL(cleaned, base)
  } catch {
    return '/'
  }
  if (url.origin !== base.origin) return '/'
  const path = `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}${url.hash}`
  try {
    return new URL(path, base).origin === base.origin && !/[\u0000-\u0020\\]/.test(path) ? path : '/'
  } catch {
    return '/'
  }
}
