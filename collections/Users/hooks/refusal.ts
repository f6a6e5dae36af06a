import { APIError } from 'payload'

/**
 * A refusal with a French message that reaches the client as it is. Next's production bundle turns Payload's
 * APIError into an anonymous class, whose empty `name` makes Payload answer "An unknown error occurred.":
 * the name is set here.
 */
export function refusal(message: string, status = 403, name = 'Forbidden'): APIError {
  const error = new APIError(message, status, null, true)
  error.name = name
  return error
}
