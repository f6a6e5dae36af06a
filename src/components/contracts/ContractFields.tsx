import { getTranslations } from '@/i18n/getTranslations'
import type { Contract } from '@/payload-types'
import { providerName } from '@/providers/names'

const day = (value?: string | null) => (value ? value.slice(0, 10) : '')

/**
 * The contract's own fields, shared by the "new contract" and "edit" forms. The provider is typed with the known
 * providers offered as suggestions (`providers`): a known one is picked, a new name creates its record, and a
 * name spelt otherwise (« abacus research ») finds the record it belongs to.
 */
export async function ContractFields({
  contract,
  providers,
  idPrefix = 'contrat',
}: {
  contract?: Contract
  providers: string[]
  idPrefix?: string
}) {
  const list = `${idPrefix}-prestataires`
  const t = await getTranslations('contracts.fields')
  return (
    <>
      <div className="field-row">
        <label>
          {t('provider')}
          <input
            name="provider"
            required
            maxLength={160}
            list={list}
            autoComplete="off"
            placeholder={t('providerHint')}
            defaultValue={providerName(contract?.provider)}
          />
          <datalist id={list}>
            {providers.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        <label>
          {t('service')}
          <input name="service" required maxLength={200} defaultValue={contract?.service ?? ''} placeholder={t('serviceHint')} />
        </label>
      </div>
      <div className="field-row">
        <label>
          {t('startDate')}
          <input type="date" name="startDate" defaultValue={day(contract?.startDate)} />
        </label>
        <label>
          {t('termEndsOn')}
          <input type="date" name="termEndsOn" defaultValue={day(contract?.termEndsOn)} />
        </label>
        <label>
          {t('noticeMonths')}
          <input type="number" name="noticeMonths" min={0} max={36} defaultValue={contract?.noticeMonths ?? 0} />
        </label>
      </div>
      <label className="inline">
        <input type="checkbox" name="autoRenewal" defaultChecked={Boolean(contract?.autoRenewal)} /> {t('autoRenewal')}
      </label>
      <label>
        {t('notes')}
        <textarea name="notes" rows={2} maxLength={2000} defaultValue={contract?.notes ?? ''} />
      </label>
    </>
  )
}
