import { ChoiceSelect } from '@/components/ChoiceSelect'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { longDate } from '@/format/dates'
import type { CommuneRegister } from '@/payload-types'
import { saveReferentAction } from '@/register/actions'
import { referentFunctions } from '@/register/vocabulary'

/** Steering note 003, §3: who the référent numérique is; the secretary or référent keeps it up to date. */
export function ReferentSection({ register, commune, canEdit }: { register: CommuneRegister | null; commune: number; canEdit: boolean }) {
  return (
    <section aria-labelledby="referent" className="panel">
      <h2 id="referent">Référent·e numérique</h2>
      {register ? (
        <p>
          <strong>{register.referentName}</strong>, {referentFunctions[register.referentFunction].toLowerCase()} —{' '}
          <a href={`mailto:${register.referentEmail}`}>{register.referentEmail}</a>
          {register.referentPhone && `, ${register.referentPhone}`}
          <br />
          {register.noteAdoptedOn
            ? `Note de pilotage adoptée par l’exécutif le ${longDate(register.noteAdoptedOn)}.`
            : 'Note de pilotage pas encore adoptée par l’exécutif.'}
        </p>
      ) : (
        <p className="message message--warning">
          Aucun·e référent·e numérique désigné·e. La note de pilotage recommande d’en désigner un·e, en principe le ou la secrétaire
          communal·e.
        </p>
      )}
      {canEdit && (
        <details className="no-print">
          <summary>{register ? 'Modifier' : 'Désigner le ou la référent·e'}</summary>
          <ResultForm action={saveReferentAction} className="stacked-form" label="Référent·e numérique">
            <input type="hidden" name="commune" value={commune} />
            {register && <input type="hidden" name="register" value={register.id} />}
            <div className="field-row">
              <label>
                Nom
                <input name="referentName" required maxLength={120} defaultValue={register?.referentName ?? ''} />
              </label>
              <label>
                Fonction
                <ChoiceSelect
                  name="referentFunction"
                  choices={referentFunctions}
                  defaultValue={register?.referentFunction ?? 'secretaire'}
                />
              </label>
            </div>
            <div className="field-row">
              <label>
                E-mail
                <input type="email" name="referentEmail" required defaultValue={register?.referentEmail ?? ''} />
              </label>
              <label>
                Téléphone
                <input name="referentPhone" maxLength={40} defaultValue={register?.referentPhone ?? ''} />
              </label>
              <label>
                Note de pilotage adoptée le
                <input type="date" name="noteAdoptedOn" defaultValue={register?.noteAdoptedOn?.slice(0, 10) ?? ''} />
              </label>
            </div>
            <Button>Enregistrer</Button>
          </ResultForm>
        </details>
      )}
    </section>
  )
}
