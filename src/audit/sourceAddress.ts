import { clientAddress } from '@/net/clientAddress'

/**
 * The address a request came from, for the audit trail: the one our server resolved from the socket and
 * RELAIS_TRUSTED_PROXIES (src/net/clientAddress.ts); none when the change came from no request (a job, a script).
 */
export function sourceAddressOf(headers: Pick<Headers, 'get'> | null | undefined): string | null {
  const address = clientAddress(headers)
  return address === 'inconnue' ? null : address
}
