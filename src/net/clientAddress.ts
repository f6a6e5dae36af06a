import { normaliseAddress } from './forwarded'

/**
 * The address a request came from, for rate limits, lock-outs and the audit trail. The server in front of Next
 * (scripts/server.ts, which `npm start`, `npm run dev` and the tests run) replaces X-Forwarded-For with the one
 * address it resolved from the socket and RELAIS_TRUSTED_PROXIES (src/net/forwarded.ts), so the header holds
 * exactly one address here and nothing a client wrote. Without that server (no headers, e.g. a script on the
 * Local API), or if the value is not an IP address: 'inconnue'.
 */
export function clientAddress(headers: Pick<Headers, 'get'> | null | undefined): string {
  // Never more than one address once our server has passed; the right-most is what it wrote if something else did.
  const last = headers?.get('x-forwarded-for')?.split(',').pop()
  return (last && normaliseAddress(last)) || 'inconnue'
}
