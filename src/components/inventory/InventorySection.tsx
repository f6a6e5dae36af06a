import { ConfirmButton } from '@/components/ConfirmButton'
import { ResultForm } from '@/components/ResultForm'
import { Badge } from '@/components/ui/Badge'
import { idOf } from '@/fields/idOf'
import { deleteToolAction } from '@/inventory/actions'
import type { InventoryView } from '@/inventory/view'
import { hostings } from '@/inventory/vocabulary'
import type { CommuneTool } from '@/payload-types'

import { providersList, ToolForm } from './ToolForm'

const nameOf = (value: unknown) => (value && typeof value === 'object' ? (value as { name?: string }).name : undefined)

function hostingOf(tool: CommuneTool) {
  const where = tool.hosting ? hostings[tool.hosting] : null
  return [where, tool.hostingWhere].filter(Boolean).join(' — ') || '—'
}

/**
 * The commune's inventory of tools (issue 23), by process, in the register's page: read by every member of the
 * commune, kept by its secretary or référent; it prints with the register (the forms do not).
 */
export function InventorySection({ view, commune, canEdit }: { view: InventoryView; commune: number; canEdit: boolean }) {
  return (
    <section aria-labelledby="inventaire" className="inventory">
      <h2 id="inventaire">Inventaire des outils</h2>
      <p className="muted">
        Les outils et services de la commune, par processus. Les autres communes n’en voient que ce que montre{' '}
        <a href="/qui-utilise-quoi">Qui utilise quoi</a> : la commune y est nommée seulement pour les outils où elle accepte d’être
        contactée.
      </p>
      {view.groups.length === 0 ? (
        <p className="muted">Aucun outil inventorié.</p>
      ) : (
        view.groups.map(({ process, tools }) => (
          <div key={process.id} className="inventory__group">
            <h3>{process.name}</h3>
            <table className="accounts table-cards">
              <thead>
                <tr>
                  <th scope="col">Produit</th>
                  <th scope="col">Prestataire</th>
                  <th scope="col">Hébergement</th>
                  <th scope="col">Depuis</th>
                  <th scope="col">Contrat</th>
                  <th scope="col">Note</th>
                  <th scope="col">Commentaire</th>
                  <th scope="col">Contact</th>
                </tr>
              </thead>
              <tbody>
                {tools.map((tool) => (
                  <tr key={tool.id}>
                    <td data-label="Produit">{tool.product}</td>
                    <td data-label="Prestataire">{nameOf(tool.provider) ?? '—'}</td>
                    <td data-label="Hébergement">{hostingOf(tool)}</td>
                    <td data-label="Depuis">{tool.inUseSince ?? '—'}</td>
                    <td data-label="Contrat">
                      {tool.contract ? (
                        <a href={`/contrats/${idOf(tool.contract)}`}>
                          {(tool.contract as { service?: string }).service ?? 'Voir le contrat'}
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td data-label="Note">{tool.rating ? `${tool.rating} / 5` : '—'}</td>
                    <td className="notes" data-label="Commentaire">
                      {tool.comment ?? '—'}
                    </td>
                    <td data-label="Contact">
                      {tool.willingToBeContacted ? (
                        <Badge tone="success">D’accord d’être contactée</Badge>
                      ) : (
                        <span className="muted">Non</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {canEdit &&
              tools.map((tool) => (
                <details key={tool.id} className="panel no-print">
                  <summary>Modifier « {tool.product} »</summary>
                  <ToolForm view={view} commune={commune} tool={tool} />
                  <ResultForm action={deleteToolAction} className="inline-form" label={`Retirer « ${tool.product} »`}>
                    <input type="hidden" name="tool" value={tool.id} />
                    <ConfirmButton variant="danger" question={`Retirer « ${tool.product} » de l’inventaire ?`}>
                      Retirer de l’inventaire
                    </ConfirmButton>
                  </ResultForm>
                </details>
              ))}
          </div>
        ))
      )}
      {canEdit && (
        <>
          <datalist id={providersList}>
            {view.providers.map((provider) => (
              <option key={provider.id} value={provider.name} />
            ))}
          </datalist>
          <details className="panel no-print">
            <summary>Ajouter un outil à l’inventaire</summary>
            <ToolForm view={view} commune={commune} />
          </details>
        </>
      )}
    </section>
  )
}
