import net from 'node:net'

import { configuredDefaultLocale } from '@/i18n/locales'

/**
 * Which address a request comes from, decided once, in the HTTP server in front of Next (scripts/server.ts).
 *
 * A client may send any X-Forwarded-For it likes; only a proxy we run may tell us who its client was. So the
 * socket's peer is the client, unless that peer is one of RELAIS_TRUSTED_PROXIES: then X-Forwarded-For is read
 * from the right (each proxy appends the address it saw), skipping our own proxies, and the first address that is
 * not one of them is the client. Anything left of it was written by the client and is ignored.
 */
export type TrustedProxies = { list: net.BlockList; configured: boolean }

/** A RELAIS_TRUSTED_PROXIES entry that is neither an address nor a range: the server refuses to start. */
export class TrustedProxiesError extends Error {
  constructor(readonly entry: string) {
    super(`RELAIS_TRUSTED_PROXIES: ${entry}`)
  }

  /**
   * The error as the operator reads it at startup, in the language the instance is configured with. The translator is
   * loaded only here: scripts/server.ts imports this file before it sets NODE_ENV, which React (under next-intl) reads
   * once, when it is loaded.
   */
  async explained(): Promise<string> {
    const { translatorFor } = await import('@/i18n/translator')
    return translatorFor(configuredDefaultLocale(), 'guard')('trustedProxies', { entry: this.entry })
  }
}

/** Bare IPv4 for IPv4-mapped IPv6 (`::ffff:1.2.3.4`), as sockets on a dual-stack listener report it. */
export function normaliseAddress(value: string): string | null {
  let address = value.trim()
  if (address.startsWith('[') && address.includes(']')) address = address.slice(1, address.indexOf(']'))
  // "1.2.3.4:5678" (some proxies add the port); an IPv6 address has more than one colon.
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'))
  address = address.replace(/%.*$/, '') // zone index of link-local IPv6
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) address = mapped[1]!
  const family = net.isIP(address)
  if (!family) return null
  return family === 6 ? address.toLowerCase() : address
}

/** `RELAIS_TRUSTED_PROXIES`: comma-separated addresses and CIDR ranges (IPv4 or IPv6). Unset or empty: none. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new net.BlockList()
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  for (const entry of entries) {
    const [base = '', bits, extra] = entry.split('/')
    const address = normaliseAddress(base)
    const type = address && net.isIPv6(address) ? 'ipv6' : 'ipv4'
    const prefix = bits === undefined ? null : Number(bits)
    const max = type === 'ipv6' ? 128 : 32
    if (!address || extra !== undefined || (prefix !== null && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max)) || bits === '')
      throw new TrustedProxiesError(entry)
    if (prefix === null) list.addAddress(address, type)
    else list.addSubnet(address, prefix, type)
  }
  return { list, configured: entries.length > 0 }
}

const isTrusted = (address: string, trusted: TrustedProxies) =>
  trusted.configured && trusted.list.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4')

/**
 * The client's address: `peer` (the socket's remote address) unless it is a trusted proxy; then the right-most
 * forwarded address that is not a trusted proxy. An entry that is not an address stops the walk at the last
 * proxy we trust (a proxy of ours never writes one: the client did).
 */
export function resolveClientAddress(peer: string | undefined, forwarded: string | string[] | undefined, trusted: TrustedProxies): string {
  let client = normaliseAddress(peer ?? '') ?? 'inconnue'
  if (!isTrusted(client, trusted)) return client
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]!)
    if (!hop) break
    client = hop
    if (!isTrusted(hop, trusted)) break
  }
  return client
}
