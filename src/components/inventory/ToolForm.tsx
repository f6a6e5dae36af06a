import { ChoiceSelect } from '@/components/ChoiceSelect'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { idOf } from '@/fields/idOf'
import { getTranslations } from '@/i18n/getTranslations'
import { labelsOf } from '@/i18n/vocabulary'
import { saveToolAction } from '@/inventory/actions'
import type { InventoryView } from '@/inventory/view'
import { hostingKeys, ratingKeys } from '@/inventory/vocabulary'
import type { CommuneTool } from '@/payload-types'

/** The id of the list of known providers the provider fields suggest (rendered once by the section). */
export const providersList = 'prestataires-connus'

const nameOf = (value: unknown) => (value && typeof value === 'object' ? (value as { name?: string }).name : undefined)

/** Adds a line to the inventory (no `tool`) or changes one; every field fits a phone's width. */
export async function ToolForm({ view, commune, tool }: { view: InventoryView; commune: number; tool?: CommuneTool }) {
  const [t, vocab] = await Promise.all([getTranslations('inventory.form'), getTranslations('vocab.inventory')])
  const label = tool ? t('edit', { product: tool.product }) : t('add')
  return (
    <ResultForm action={saveToolAction} className="stacked-form" label={label} resetOnSuccess={!tool}>
      <input type="hidden" name="commune" value={commune} />
      {tool && <input type="hidden" name="tool" value={tool.id} />}
      <label>
        {t('process')}
        <select name="process" required defaultValue={tool ? String(idOf(tool.process)) : ''}>
          <option value="">{t('choose')}</option>
          {view.processes.map((process) => (
            <option key={process.id} value={process.id}>
              {process.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('product')}
        <input name="product" required maxLength={160} defaultValue={tool?.product} />
      </label>
      <label>
        {t('provider')} <span className="muted">{t('providerHint')}</span>
        <input name="provider" maxLength={160} list={providersList} defaultValue={nameOf(tool?.provider)} autoComplete="off" />
      </label>
      <div className="field-row">
        <label>
          {t('hosting')}
          <ChoiceSelect
            name="hosting"
            choices={labelsOf(hostingKeys, vocab, 'hostings')}
            any={t('unspecified')}
            defaultValue={tool?.hosting ?? ''}
          />
        </label>
        <label>
          {t('where')} <span className="muted">{t('whereHint')}</span>
          <input name="hostingWhere" maxLength={200} defaultValue={tool?.hostingWhere ?? ''} />
        </label>
        <label>
          {t('since')}
          <input name="inUseSince" inputMode="numeric" pattern="\d{4}" maxLength={4} defaultValue={tool?.inUseSince ?? ''} />
        </label>
      </div>
      <label>
        {t('contract')}
        <select name="contract" defaultValue={tool?.contract ? String(idOf(tool.contract)) : ''}>
          <option value="">{t('noContract')}</option>
          {view.contracts.map((contract) => (
            <option key={contract.id} value={contract.id}>
              {contract.service}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('rating')}
        <ChoiceSelect
          name="rating"
          choices={labelsOf(ratingKeys, vocab, 'ratings')}
          any={t('noRating')}
          defaultValue={tool?.rating ? String(tool.rating) : ''}
        />
      </label>
      <label>
        {t('comment')} <span className="muted">{t('commentHint')}</span>
        <textarea name="comment" rows={2} maxLength={500} defaultValue={tool?.comment ?? ''} />
      </label>
      <label className="inline">
        <input type="checkbox" name="willingToBeContacted" defaultChecked={Boolean(tool?.willingToBeContacted)} /> {t('willing')}
      </label>
      <p className="muted">{t('willingHint')}</p>
      <Button>{tool ? t('save') : t('submit')}</Button>
    </ResultForm>
  )
}
