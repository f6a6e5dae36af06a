import { Badge, type Tone } from './Badge'

/**
 * A status as a word in a coloured pill (« En retard », « À réviser », « Convoquée »): the word carries the meaning,
 * the colour only repeats it. `statuses` maps each value to its French label and tone.
 */
export function StatusPill<S extends string>({
  status,
  statuses,
  className,
}: {
  status: S
  statuses: Record<S, { label: string; tone: Tone }>
  className?: string
}) {
  const { label, tone } = statuses[status]
  return (
    <Badge tone={tone} className={['status-pill', className].filter(Boolean).join(' ')}>
      {label}
    </Badge>
  )
}
