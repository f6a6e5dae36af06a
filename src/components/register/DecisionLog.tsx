import { ChoiceSelect } from '@/components/ChoiceSelect'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { longDate } from '@/format/dates'
import type { DigitalDecision } from '@/payload-types'
import { addDecisionAction } from '@/register/actions'
import { deciders } from '@/register/vocabulary'

/** Steering note 003, §5: lasting digital decisions, documented briefly (tool, reason, main risks). */
export function DecisionLog({ decisions, commune, canEdit }: { decisions: DigitalDecision[]; commune: number; canEdit: boolean }) {
  return (
    <section aria-labelledby="decisions">
      <h2 id="decisions">Journal des décisions numériques</h2>
      {decisions.length === 0 ? (
        <p className="muted">Aucune décision consignée.</p>
      ) : (
        <table className="accounts table-cards">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Outil ou service</th>
              <th scope="col">Motif du choix</th>
              <th scope="col">Principaux risques</th>
              <th scope="col">Décidé par</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <tr key={d.id}>
                <td data-label="Date">{longDate(d.decidedOn)}</td>
                <td data-label="Outil ou service">{d.subject}</td>
                <td className="notes" data-label="Motif du choix">
                  {d.reason}
                </td>
                <td className="notes" data-label="Principaux risques">
                  {d.risks}
                </td>
                <td data-label="Décidé par">
                  {deciders[d.decidedBy]}
                  {d.recordedByName && <span className="muted"> · saisi par {d.recordedByName}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <details className="panel no-print">
          <summary>Consigner une décision</summary>
          <ResultForm action={addDecisionAction} className="stacked-form" label="Consigner une décision" resetOnSuccess>
            <input type="hidden" name="commune" value={commune} />
            <div className="field-row">
              <label>
                Date
                <input type="date" name="decidedOn" required />
              </label>
              <label>
                Outil ou service concerné
                <input name="subject" required maxLength={200} />
              </label>
              <label>
                Décidé par
                <ChoiceSelect name="decidedBy" choices={deciders} defaultValue="executif" />
              </label>
            </div>
            <label>
              Motif du choix
              <textarea name="reason" rows={2} required maxLength={2000} />
            </label>
            <label>
              Principaux risques identifiés
              <textarea name="risks" rows={2} required maxLength={2000} />
            </label>
            <Button>Ajouter au journal</Button>
          </ResultForm>
        </details>
      )}
    </section>
  )
}
