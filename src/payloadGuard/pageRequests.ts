import type { Translate } from '@/i18n/translator'

import { refusalsIn } from './refusalLanguage'

/**
 * Checks on a form post to one of the site's pages, made before Next handles it as a server action. Next answers
 * 500 to two kinds of hostile posts that are the sender's doing: a multipart body it cannot read, and a post from
 * another site (its CSRF check refuses it by throwing). Both become a 4xx here, said in the sender's language (`t`). The origin check is Next's
 * own (node_modules/next/dist/server/app-render/action-handler.js): same host as `X-Forwarded-Host`, else `Host`.
 */

export type PageRefusal = { status: number; message: string }

const isMultipart = (contentType: string | null) => Boolean(contentType?.startsWith('multipart/form-data'))

/** The host a post's `Origin` must name, as Next reads it. */
function ownHost(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  return forwarded || headers.get('host')
}

function crossOrigin(headers: Headers): boolean {
  const origin = headers.get('origin')
  if (origin === null) return false // a hand-made request without an origin carries no one else's cookies: Next lets it through
  let host: string
  try {
    host = origin === 'null' ? 'null' : new URL(origin).host
  } catch {
    return true
  }
  return host !== ownHost(headers)
}

export async function pageRequestProblem(request: Request, t: Translate = refusalsIn()): Promise<PageRefusal | null> {
  if (request.method !== 'POST') return null
  const contentType = request.headers.get('content-type')
  // What Next may take for a server action: a post with its `Next-Action` header, or a multipart form (no JavaScript).
  if (request.headers.get('next-action') === null && !isMultipart(contentType)) return null
  if (crossOrigin(request.headers)) return { status: 403, message: t('page.otherSite') }
  if (isMultipart(contentType)) {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return { status: 400, message: t('page.malformed') }
    }
    // A form of the site (without JavaScript) names its server action in a `$ACTION_ID_…` or `$ACTION_REF_…` field;
    // Next refuses one without, in English.
    const namesAnAction = [...form.keys()].some((name) => name.startsWith('$ACTION_'))
    if (request.headers.get('next-action') === null && !namesAnAction) return { status: 400, message: t('page.unknownForm') }
  }
  return null
}
