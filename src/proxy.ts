import { NextResponse } from 'next/server'

import { pageRequestProblem } from './payloadGuard/pageRequests'
import { refusalLocale, refusalsIn } from './payloadGuard/refusalLanguage'

/** Form posts to the site's pages (server actions) are checked before Next reads them (src/payloadGuard/pageRequests.ts). */
export async function proxy(request: Request) {
  // The refusal in the sender's language: their cookie, else their browser's language, else the instance's configured
  // default. Not the site settings: the proxy runs before Payload is started, and must not wait for it or the database.
  const refusal = await pageRequestProblem(request, refusalsIn(refusalLocale(request.headers)))
  if (refusal) return new Response(refusal.message, { status: refusal.status, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return NextResponse.next()
}

// Pages only: the API has its own checks (src/payloadGuard/requestChecks.ts), static files have no forms. And only
// what Next may take for a server action (its header, or a multipart form): page views never pay for the proxy.
// (Next reads this object at build time: literal strings only.)
export const config = {
  matcher: [
    { source: '/((?!api/|_next/static/|_next/image).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!api/|_next/static/|_next/image).*)', has: [{ type: 'header', key: 'content-type', value: '.*multipart/form-data.*' }] },
  ],
}
