import { getTranslations } from '@/i18n/getTranslations'
import type { AgendaItem, Measure } from '@/payload-types'

/** An agenda item's editable fields, shared by the add and edit forms. */
export async function ItemFields({ item }: { item?: AgendaItem }) {
  const t = await getTranslations('meetings.itemFields')
  const measures = (item?.measures ?? []).map((m) => (typeof m === 'object' ? (m as Measure).number : '')).join(', ')
  const document = item?.documents?.[0]
  return (
    <>
      <label>
        {t('title')}
        <input name="title" maxLength={300} defaultValue={item?.title ?? ''} required />
      </label>
      <div className="field-row">
        <label>
          {t('duration')}
          <input type="number" name="durationMinutes" min={0} max={600} step={5} defaultValue={item?.durationMinutes ?? 15} required />
        </label>
        <label>
          {t('presenter')}
          <input name="presenter" maxLength={200} defaultValue={item?.presenter ?? ''} />
        </label>
        <label>
          {t('measures')}
          <input name="measures" maxLength={200} defaultValue={measures} placeholder="3, 12" />
        </label>
      </div>
      <div className="field-row">
        <label>
          {t('documentTitle')}
          <input name="documentTitle" maxLength={200} defaultValue={document?.title ?? ''} />
        </label>
        <label>
          {t('documentUrl')}
          <input type="url" name="documentUrl" maxLength={1000} defaultValue={document?.url ?? ''} placeholder={t('urlPlaceholder')} />
        </label>
      </div>
      <label className="inline">
        <input type="checkbox" name="confidential" defaultChecked={Boolean(item?.confidential)} /> {t('confidential')}
      </label>
    </>
  )
}
