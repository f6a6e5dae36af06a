/** Select options from a `{ value: 'French label' }` map, the form every label table in Relais uses. */
export const optionsFrom = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))
