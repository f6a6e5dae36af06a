import { APIError } from 'payload'

/**
 * A French refusal thrown from a hook or resolver: Payload answers it with `status` and `{ errors: [{ message }] }`
 * over REST, and as the error's message (with `extensions.statusCode`) over GraphQL. The name is set by hand: the
 * production build renames Payload's classes, and Payload's REST answer replaces the message of an error without
 * a name by "An unknown error occurred."
 */
export function refusal(status: number, message: string): Error {
  const error = new APIError(message, status, null, true)
  error.name = 'Refus'
  return error
}
