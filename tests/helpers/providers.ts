/**
 * A contract's provider given by its name, as the contract form and REST clients do: the field's hook
 * (collections/Contracts/providerField.ts) finds the provider record known under that name, or creates it.
 * The generated types only know the record's id, hence the cast.
 */
export const providerNamed = (name: string) => name as unknown as number

/** The id of the provider record named `name`, created if missing: what REST clients send (the API takes ids only). */
export async function providerId(payload: import('payload').Payload, name: string): Promise<number> {
  const found = (await payload.find({ collection: 'providers', where: { name: { equals: name } }, limit: 1, depth: 0 })).docs[0]
  return found?.id ?? (await payload.create({ collection: 'providers', data: { name } })).id
}
