import type { GraphQLExtension, PayloadRequest } from 'payload'

import { refusal } from '@/http/refusal'

import { apiRefusals } from './apiRefusals'

type Resolver = (root: unknown, args: unknown, context: { req: PayloadRequest }, info: unknown) => Promise<Record<string, unknown>>

/**
 * Payload's GraphQL `Access` query (the permission map, like `GET /api/access`) declares `canAccessAdmin` as a
 * non-null boolean, but Payload leaves the key out when it is false: every member's `{ Access { canAccessAdmin } }`
 * failed with an internal error. This keeps Payload's own query and resolver, answers `false` when the key is
 * missing, and refuses the map to visitors who are not logged in (as `GET /api/access` does).
 * Given to `graphQL.queries` in payload.config.ts; Payload merges it over its own `Access` field.
 */
export const accessQuery: GraphQLExtension = (_graphQL, { Query }) => {
  const access = Query.fields.Access as { resolve: Resolver } | undefined
  if (!access) return {}
  return {
    Access: {
      ...access,
      resolve: (async (root, args, context, info) => {
        if (!context.req.user) throw refusal(401, (await apiRefusals(context.req.headers, context.req.payload))('loginFirst'))
        const result = await access.resolve(root, args, context, info)
        return { ...result, canAccessAdmin: result.canAccessAdmin === true }
      }) satisfies Resolver,
    },
  }
}

/**
 * graphql-js adds "Did you mean …?" to its refusals of unknown fields, arguments and types: with introspection off
 * in production, that would still spell out the schema piece by piece. Removed from production answers.
 */
export async function withoutSuggestions(response: Response): Promise<Response> {
  if (process.env.NODE_ENV !== 'production' || !response.headers.get('content-type')?.includes('json')) return response
  const text = await response.clone().text()
  if (!text.includes('Did you mean')) return response
  let body: { errors?: { message?: unknown }[] }
  try {
    body = JSON.parse(text)
  } catch {
    return response
  }
  for (const error of body.errors ?? []) {
    if (typeof error.message === 'string') error.message = error.message.replace(/\s*Did you mean [\s\S]*$/, '')
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(body), { status: response.status, headers })
}
