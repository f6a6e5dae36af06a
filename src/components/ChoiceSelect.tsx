/** A <select> over a record of `value → French label`; `any` adds a first, empty choice ("Tous", "Toutes"). */
export function ChoiceSelect({
  name,
  choices,
  defaultValue,
  any,
}: {
  name: string
  choices: Record<string, string>
  defaultValue?: string
  any?: string
}) {
  return (
    <select name={name} defaultValue={defaultValue ?? ''}>
      {any !== undefined && <option value="">{any}</option>}
      {Object.entries(choices).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  )
}
