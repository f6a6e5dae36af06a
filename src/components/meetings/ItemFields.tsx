import type { AgendaItem, Measure } from '@/payload-types'

/** An agenda item's editable fields, shared by the add and edit forms. */
export function ItemFields({ item }: { item?: AgendaItem }) {
  const measures = (item?.measures ?? []).map((m) => (typeof m === 'object' ? (m as Measure).number : '')).join(', ')
  const document = item?.documents?.[0]
  return (
    <>
      <label>
        Titre du point
        <input name="title" maxLength={300} defaultValue={item?.title ?? ''} required />
      </label>
      <div className="field-row">
        <label>
          Durée (minutes)
          <input type="number" name="durationMinutes" min={0} max={600} step={5} defaultValue={item?.durationMinutes ?? 15} required />
        </label>
        <label>
          Présenté par
          <input name="presenter" maxLength={200} defaultValue={item?.presenter ?? ''} />
        </label>
        <label>
          Mesures (numéros)
          <input name="measures" maxLength={200} defaultValue={measures} placeholder="3, 12" />
        </label>
      </div>
      <div className="field-row">
        <label>
          Document (titre)
          <input name="documentTitle" maxLength={200} defaultValue={document?.title ?? ''} />
        </label>
        <label>
          Document (lien)
          <input type="url" name="documentUrl" maxLength={1000} defaultValue={document?.url ?? ''} placeholder="https://" />
        </label>
      </div>
      <label className="inline">
        <input type="checkbox" name="confidential" defaultChecked={Boolean(item?.confidential)} /> Confidentiel : visible du comité, de la
        coordination et de l’administration seulement
      </label>
    </>
  )
}
