import { getPayload } from 'payload'

import { publicUrl } from '@/config/runtime'
import { unsubscribe } from '@/follow/unsubscribe'
import { reasonOf } from '@/result'
import config from '@payload-config'

type Context = { params: Promise<{ token: string }> }

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/**
 * The unsubscribe itself, without a session: the form of the link's page, or a mail app's one-click POST
 * (RFC 8058, the digest's `List-Unsubscribe-Post` header). A link this app did not sign answers 400 and changes nothing.
 */
export async function POST(request: Request, { params }: Context) {
  const { token } = await params
  const payload = await getPayload({ config })
  const result = await unsubscribe(payload, token)
  if (!result.ok) return text(result.status ?? 400, reasonOf(result))
  const body = await request.text().catch(() => '')
  if (body.includes('List-Unsubscribe=One-Click')) return text(200, result.message)
  return Response.redirect(`${publicUrl()}/desabonnement/${token}?fait=1`, 303)
}

/** Opened in a browser: the page that asks for confirmation. */
export async function GET(_request: Request, { params }: Context) {
  const { token } = await params
  return Response.redirect(`${publicUrl()}/desabonnement/${encodeURIComponent(token)}`, 303)
}
