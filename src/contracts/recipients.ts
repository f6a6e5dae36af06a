import type { Payload } from 'payload'

/**
 * Who is told about a commune's contracts: the référent named in its digital register and the accounts marked
 * référent; failing both, its municipal secretaries. Never anyone of another commune.
 */
export async function whoKeepsContracts(payload: Payload, commune: number): Promise<string[]> {
  const register = (await payload.find({ collection: 'commune-registers', where: { commune: { equals: commune } }, limit: 1, depth: 0 }))
    .docs[0]
  const accounts = async (flag: 'communeReferent' | 'communeValidator') =>
    (
      await payload.find({
        collection: 'users',
        where: { and: [{ commune: { equals: commune } }, { [flag]: { equals: true } }, { disabled: { not_equals: true } }] },
        limit: 0,
        pagination: false,
        depth: 0,
      })
    ).docs.map((user) => user.email)
  const referents = [register?.referentEmail, ...(await accounts('communeReferent'))].filter((email): email is string => Boolean(email))
  const chosen = referents.length ? referents : await accounts('communeValidator')
  return [...new Set(chosen.map((email) => email.toLowerCase()))]
}
