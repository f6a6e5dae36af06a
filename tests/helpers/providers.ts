/**
 * A contract's provider given by its name, as the contract form and REST clients do: the field's hook
 * (collections/Contracts/providerField.ts) finds the provider record known under that name, or creates it.
 * The generated types only know the record's id, hence the cast.
 */
export const providerNamed = (name: string) => name as unknown as number
