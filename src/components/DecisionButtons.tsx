/** The two submit buttons of a decision form; the chosen one sends `decision` with its value. */
export function DecisionButtons({
  accept,
  reject,
}: {
  accept: { label: string; value: string }
  reject: { label: string; value: string }
}) {
  return (
    <div className="buttons">
      <button type="submit" name="decision" value={accept.value}>
        {accept.label}
      </button>
      <button type="submit" name="decision" value={reject.value} className="secondary">
        {reject.label}
      </button>
    </div>
  )
}
