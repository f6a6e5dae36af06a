import { ChoiceSelect } from '@/components/ChoiceSelect'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { idOf } from '@/fields/idOf'
import { saveToolAction } from '@/inventory/actions'
import type { InventoryView } from '@/inventory/view'
import { hostings, ratings } from '@/inventory/vocabulary'
import type { CommuneTool } from '@/payload-types'

/** The id of the list of known providers the provider fields suggest (rendered once by the section). */
export const providersList = 'prestataires-connus'

const nameOf = (value: unknown) => (value && typeof value === 'object' ? (value as { name?: string }).name : undefined)

/** Adds a line to the inventory (no `tool`) or changes one; every field fits a phone's width. */
export function ToolForm({ view, commune, tool }: { view: InventoryView; commune: number; tool?: CommuneTool }) {
  const label = tool ? `Modifier « ${tool.product} »` : 'Ajouter un outil'
  return (
    <ResultForm action={saveToolAction} className="stacked-form" label={label} resetOnSuccess={!tool}>
      <input type="hidden" name="commune" value={commune} />
      {tool && <input type="hidden" name="tool" value={tool.id} />}
      <label>
        Processus
        <select name="process" required defaultValue={tool ? String(idOf(tool.process)) : ''}>
          <option value="">Choisir…</option>
          {view.processes.map((process) => (
            <option key={process.id} value={process.id}>
              {process.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Produit ou service
        <input name="product" required maxLength={160} defaultValue={tool?.product} />
      </label>
      <label>
        Prestataire <span className="muted">(choisir dans la liste ou saisir un nouveau nom)</span>
        <input name="provider" maxLength={160} list={providersList} defaultValue={nameOf(tool?.provider)} autoComplete="off" />
      </label>
      <div className="field-row">
        <label>
          Hébergement
          <ChoiceSelect name="hosting" choices={hostings} any="Non précisé" defaultValue={tool?.hosting ?? ''} />
        </label>
        <label>
          Où <span className="muted">(lieu, centre de données)</span>
          <input name="hostingWhere" maxLength={200} defaultValue={tool?.hostingWhere ?? ''} />
        </label>
        <label>
          En service depuis (année)
          <input name="inUseSince" inputMode="numeric" pattern="\d{4}" maxLength={4} defaultValue={tool?.inUseSince ?? ''} />
        </label>
      </div>
      <label>
        Contrat lié
        <select name="contract" defaultValue={tool?.contract ? String(idOf(tool.contract)) : ''}>
          <option value="">Aucun</option>
          {view.contracts.map((contract) => (
            <option key={contract.id} value={contract.id}>
              {contract.service}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note du ou de la référent·e
        <ChoiceSelect name="rating" choices={ratings} any="Pas de note" defaultValue={tool?.rating ? String(tool.rating) : ''} />
      </label>
      <label>
        Commentaire <span className="muted">(500 caractères au plus)</span>
        <textarea name="comment" rows={2} maxLength={500} defaultValue={tool?.comment ?? ''} />
      </label>
      <label className="inline">
        <input type="checkbox" name="willingToBeContacted" defaultChecked={Boolean(tool?.willingToBeContacted)} /> D’accord d’être
        contacté·e par d’autres communes à propos de cet outil
      </label>
      <p className="muted">
        Si la case est cochée, « Qui utilise quoi » nomme la commune avec le nom et l’e-mail du ou de la référent·e du registre ; sinon la
        commune y est seulement comptée.
      </p>
      <Button>{tool ? 'Enregistrer les modifications' : 'Ajouter à l’inventaire'}</Button>
    </ResultForm>
  )
}
