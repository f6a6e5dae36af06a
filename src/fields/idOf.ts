/** The id of a relationship value, whether it arrives as an id or as the populated document. */
export const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : value) as number
