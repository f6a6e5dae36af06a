/** A measure's progress as a bar and a number (the number is what screen readers and printouts get). */
export function ProgressBar({ value }: { value: number }) {
  return (
    <span className="progress">
      <span className="progress__track" aria-hidden="true">
        <span className="progress__fill" style={{ width: `${value}%` }} />
      </span>
      <span className="progress__value">{value} %</span>
    </span>
  )
}
