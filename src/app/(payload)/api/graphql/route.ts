/* Payload's GraphQL API (wiring required by @payloadcms/next), behind Relais's request checks. */
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { asRefusal } from '@/auth/singleAuthOperation'
import { apiError } from '@/http/apiError'
import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import { withoutSuggestions } from '@/payloadGuard/graphqlGuards'
import { withRequestChecks } from '@/payloadGuard/requestChecks'
import config from '@payload-config'

const graphql = withRequestChecks(config, GRAPHQL_POST(config))

/**
 * Execution errors come back as `{ errors }` with a 200, as GraphQL wants. Some malformed documents (a directive
 * argument of the wrong type, `@include(if: "yes")`) make the handler fail before answering anything: an empty
 * 500 that is the client's doing, so it becomes a 400. In production, graphql-js's "Did you mean …" hints are removed.
 */
export async function POST(request: Request, context: { params: Promise<{ slug?: string[] }> }) {
  const response = await asRefusal(await graphql(request, context))
  if (response.status !== 500) return withoutSuggestions(response)
  const body = await response.clone().text()
  if (body.trim() !== '') return response
  return apiError(400, translatorFor(await requestLocale(), 'adminMessages')('graphqlMalformed'))
}
export const OPTIONS = REST_OPTIONS(config)
