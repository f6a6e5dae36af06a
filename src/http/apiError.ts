/** The error shape Payload's REST API uses (`{ errors: [{ message }] }`), for our own endpoints' French refusals. */
export const apiError = (status: number, message: string, headers?: HeadersInit) =>
  Response.json({ errors: [{ message }] }, { status, headers })
