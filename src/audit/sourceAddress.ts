/**
 * The address a request came from, for the audit trail. For now the first value of X-Forwarded-For (what the
 * reverse proxy in front of Relais sets), which a client can forge when it reaches the app directly: the
 * journal shows it as "adresse indiquée", not as proof. Swap this one function for the trusted client address
 * (RELAIS_TRUSTED_PROXIES) once it exists; nothing else reads the header.
 */
export function sourceAddressOf(headers: Pick<Headers, 'get'> | null | undefined): string | null {
  const forwarded = headers?.get?.('x-forwarded-for')?.split(',')[0]?.trim()
  if (!forwarded) return null
  // An address, not free text: at most an IPv6 address with its zone, never a way to write into the journal.
  return /^[0-9A-Fa-f:.%\[\]a-z-]{1,64}$/.test(forwarded) ? forwarded : null
}
