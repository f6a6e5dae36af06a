/** A tiny REST client for the running server: logs in once, then sends requests as that user. */
export type Client = {
  request: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; json: any }>
}

export async function loginToken(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const json = await response.json()
  if (!response.ok || !json.token) throw new Error(`login of ${email} failed: ${response.status} ${JSON.stringify(json)}`)
  return json.token
}

/** `token` null means anonymous. Bodies that are FormData or strings are sent as they are (strings as JSON unless `extra` says otherwise). */
export function client(baseUrl: string, token: string | null): Client {
  return {
    request: async (method, path, body, extra = {}) => {
      const headers: Record<string, string> = {}
      if (token) headers.authorization = `JWT ${token}`
      let payload: BodyInit | undefined
      if (body instanceof FormData || typeof body === 'string') payload = body
      else if (body !== undefined) {
        headers['content-type'] = 'application/json'
        payload = JSON.stringify(body)
      }
      if (typeof body === 'string') headers['content-type'] = 'application/json'
      Object.assign(headers, extra)
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body: payload })
      const text = await response.text()
      let json: unknown = null
      try {
        json = text ? JSON.parse(text) : null
      } catch {
        json = { raw: text }
      }
      return { status: response.status, json }
    },
  }
}
