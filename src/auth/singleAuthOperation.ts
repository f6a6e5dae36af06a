import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'

import { apiError } from '@/http/apiError'
import { ONE_AT_A_TIME } from '@collections/Users/hooks/throttleLogin'

/** The GraphQL fields that are an attempt at an account (Payload names them <operation><Collection>). */
const AUTH_FIELD = /^(login|forgotPassword|resetPassword|unlock|verifyEmail)[A-Z]/

/**
 * A document may hold at most one of them, counted through aliases, fragments and every operation of the document:
 * `{ a: loginUser(…) b: loginUser(…) }` would otherwise be many login attempts in one request (ASVS V6.3.1). The
 * whole document is refused before anything runs (graphql-http answers 400).
 */
export const singleAuthOperation: ValidationRule = (context: ValidationContext) => {
  const document = context.getDocument()
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [],
    ),
  )
  const count = (set: SelectionSetNode, within: Set<string>): number =>
    set.selections.reduce((total, selection) => {
      if (selection.kind === Kind.FIELD) return total + (AUTH_FIELD.test(selection.name.value) ? 1 : 0)
      if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet, within)
      const name = selection.name.value
      const fragment = fragments.get(name)
      // A fragment that spreads itself is refused by GraphQL's own rules; here it only must not loop.
      if (!fragment || within.has(name)) return total
      return total + count(fragment, new Set([...within, name]))
    }, 0)
  let total = 0
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION) total += count(definition.selectionSet, new Set())
  if (total > 1) context.reportError(new GraphQLError(ONE_AT_A_TIME))
  return {}
}

/**
 * graphql-http answers a refused document with a 200 when the client accepts plain JSON (as GraphQL over HTTP
 * allows); this refusal is the client's doing, so it becomes the French 400 it is.
 */
export async function asRefusal(response: Response): Promise<Response> {
  if (response.status !== 200) return response
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { data?: unknown; errors?: { message?: string }[] } | null
  const refused = body && body.data === undefined && body.errors?.some((error) => error.message === ONE_AT_A_TIME)
  return refused ? apiError(400, ONE_AT_A_TIME) : response
}
