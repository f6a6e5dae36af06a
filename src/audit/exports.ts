import { createLocalReq, type Payload } from 'payload'

import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import type { User } from '@/payload-types'

import { recordAudit } from './record'

/** The file name a download response carries (`attachment; filename="mesures-2026-11-30.csv"`). */
const fileOf = (response: Response) => /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'inconnu'

/** The query string as the filters the export was made with (bounded: it is stored). */
const filtersOf = (request: Request) =>
  Object.fromEntries(
    [...new URL(request.url).searchParams.entries()]
      .filter(([, value]) => value !== '')
      .slice(0, 20)
      .map(([key, value]) => [key.slice(0, 40), value.slice(0, 200)]),
  )

/**
 * Every export leaves a row in the audit trail (who, which file, which filters, from where) before the file is
 * handed over: a download that cannot be recorded is not served. Wrap the route's response:
 * `return auditedDownload(payload, request, user, csvResponse(…), { commune })`. `commune` is the commune whose
 * data the file holds, when it is one commune's (its validator then sees the row).
 */
export async function auditedDownload(
  payload: Payload,
  request: Request,
  user: User,
  response: Response,
  options: { commune?: number | null } = {},
): Promise<Response> {
  if (!response.ok) return response
  const req = await createLocalReq({ user, req: { headers: request.headers } }, payload)
  const file = fileOf(response)
  try {
    await recordAudit(req, {
      action: 'export-downloaded',
      target: { collection: 'exports', label: file },
      commune: options.commune ?? null,
      detail: { file, filters: filtersOf(request) },
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Export ${file} not served: the audit row could not be written` })
    return new Response(translatorFor(await requestLocale(), 'audit')('exportNotRecorded'), {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  return response
}
