import { Button } from '@/components/ui/Button'
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
      <Button name="decision" value={accept.value}>
        {accept.label}
      </Button>
      <Button name="decision" value={reject.value} variant="secondary">
        {reject.label}
      </Button>
    </div>
  )
}
