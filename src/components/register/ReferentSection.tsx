import { ChoiceSelect } from '@/components/ChoiceSelect'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { labelsOf } from '@/i18n/vocabulary'
import type { CommuneRegister } from '@/payload-types'
import { saveReferentAction } from '@/register/actions'
import { referentFunctionKeys } from '@/register/vocabulary'

/** Steering note 003, §3: who the référent numérique is; the secretary or référent keeps it up to date. */
export async function ReferentSection({
  register,
  commune,
  canEdit,
}: {
  register: CommuneRegister | null
  commune: number
  canEdit: boolean
}) {
  const [t, vocab, locale] = await Promise.all([getTranslations('register.referent'), getTranslations('vocab.register'), requestLocale()])
  const functions = labelsOf(referentFunctionKeys, vocab, 'referentFunctions')
  return (
    <section aria-labelledby="referent" className="panel">
      <h2 id="referent">{t('title')}</h2>
      {register ? (
        <p>
          <strong>{register.referentName}</strong>, {vocab(`referentFunctionsInText.${register.referentFunction}`)} —{' '}
          <a href={`mailto:${register.referentEmail}`}>{register.referentEmail}</a>
          {register.referentPhone && `, ${register.referentPhone}`}
          <br />
          {register.noteAdoptedOn ? t('noteAdopted', { date: longDate(register.noteAdoptedOn, locale) }) : t('noteNotAdopted')}
        </p>
      ) : (
        <p className="message message--warning">{t('none')}</p>
      )}
      {canEdit && (
        <details className="no-print">
          <summary>{register ? t('edit') : t('appoint')}</summary>
          <ResultForm action={saveReferentAction} className="stacked-form" label={t('title')}>
            <input type="hidden" name="commune" value={commune} />
            {register && <input type="hidden" name="register" value={register.id} />}
            <div className="field-row">
              <label>
                {t('name')}
                <input name="referentName" required maxLength={120} defaultValue={register?.referentName ?? ''} />
              </label>
              <label>
                {t('function')}
                <ChoiceSelect name="referentFunction" choices={functions} defaultValue={register?.referentFunction ?? 'secretaire'} />
              </label>
            </div>
            <div className="field-row">
              <label>
                {t('email')}
                <input type="email" name="referentEmail" required defaultValue={register?.referentEmail ?? ''} />
              </label>
              <label>
                {t('phone')}
                <input name="referentPhone" maxLength={40} defaultValue={register?.referentPhone ?? ''} />
              </label>
              <label>
                {t('noteAdoptedOn')}
                <input type="date" name="noteAdoptedOn" defaultValue={register?.noteAdoptedOn?.slice(0, 10) ?? ''} />
              </label>
            </div>
            <Button>{t('save')}</Button>
          </ResultForm>
        </details>
      )}
    </section>
  )
}
