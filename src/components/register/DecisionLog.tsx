import { ChoiceSelect } from '@/components/ChoiceSelect'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { labelsOf } from '@/i18n/vocabulary'
import type { DigitalDecision } from '@/payload-types'
import { addDecisionAction } from '@/register/actions'
import { deciderKeys } from '@/register/vocabulary'

/** Steering note 003, §5: lasting digital decisions, documented briefly (tool, reason, main risks). */
export async function DecisionLog({ decisions, commune, canEdit }: { decisions: DigitalDecision[]; commune: number; canEdit: boolean }) {
  const [t, vocab, locale] = await Promise.all([getTranslations('register.decisions'), getTranslations('vocab.register'), requestLocale()])
  const deciders = labelsOf(deciderKeys, vocab, 'deciders')
  return (
    <section aria-labelledby="decisions">
      <h2 id="decisions">{t('title')}</h2>
      {decisions.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table className="accounts table-cards">
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('subject')}</th>
              <th scope="col">{t('reason')}</th>
              <th scope="col">{t('risks')}</th>
              <th scope="col">{t('decidedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <tr key={d.id}>
                <td data-label={t('date')}>{longDate(d.decidedOn, locale)}</td>
                <td data-label={t('subject')}>{d.subject}</td>
                <td className="notes" data-label={t('reason')}>
                  {d.reason}
                </td>
                <td className="notes" data-label={t('risks')}>
                  {d.risks}
                </td>
                <td data-label={t('decidedBy')}>
                  {deciders[d.decidedBy]}
                  {d.recordedByName && <span className="muted"> · {t('recordedBy', { name: d.recordedByName })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <details className="panel no-print">
          <summary>{t('add')}</summary>
          <ResultForm action={addDecisionAction} className="stacked-form" label={t('add')} resetOnSuccess>
            <input type="hidden" name="commune" value={commune} />
            <div className="field-row">
              <label>
                {t('date')}
                <input type="date" name="decidedOn" required />
              </label>
              <label>
                {t('subjectField')}
                <input name="subject" required maxLength={200} />
              </label>
              <label>
                {t('decidedBy')}
                <ChoiceSelect name="decidedBy" choices={deciders} defaultValue="executif" />
              </label>
            </div>
            <label>
              {t('reason')}
              <textarea name="reason" rows={2} required maxLength={2000} />
            </label>
            <label>
              {t('risksField')}
              <textarea name="risks" rows={2} required maxLength={2000} />
            </label>
            <Button>{t('submit')}</Button>
          </ResultForm>
        </details>
      )}
    </section>
  )
}
