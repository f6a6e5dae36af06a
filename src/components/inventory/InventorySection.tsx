import { ConfirmButton } from '@/components/ConfirmButton'
import { ResultForm } from '@/components/ResultForm'
import { Badge } from '@/components/ui/Badge'
import { idOf } from '@/fields/idOf'
import { getTranslations } from '@/i18n/getTranslations'
import { deleteToolAction } from '@/inventory/actions'
import type { InventoryView } from '@/inventory/view'
import type { CommuneTool } from '@/payload-types'

import { providersList, ToolForm } from './ToolForm'

const nameOf = (value: unknown) => (value && typeof value === 'object' ? (value as { name?: string }).name : undefined)

function hostingOf(tool: CommuneTool, vocab: (key: string) => string) {
  const where = tool.hosting ? vocab(`hostings.${tool.hosting}`) : null
  return [where, tool.hostingWhere].filter(Boolean).join(' — ') || '—'
}

/**
 * The commune's inventory of tools (issue 23), by process, in the register's page: read by every member of the
 * commune, kept by its secretary or référent; it prints with the register (the forms do not).
 */
export async function InventorySection({ view, commune, canEdit }: { view: InventoryView; commune: number; canEdit: boolean }) {
  const [t, vocab] = await Promise.all([getTranslations('inventory.section'), getTranslations('vocab.inventory')])
  return (
    <section aria-labelledby="inventaire" className="inventory">
      <h2 id="inventaire">{t('title')}</h2>
      <p className="muted">{t.rich('intro', { link: (chunks) => <a href="/qui-utilise-quoi">{chunks}</a> })}</p>
      {view.groups.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        view.groups.map(({ process, tools }) => (
          <div key={process.id} className="inventory__group">
            <h3>{process.name}</h3>
            <table className="accounts table-cards">
              <thead>
                <tr>
                  <th scope="col">{t('product')}</th>
                  <th scope="col">{t('provider')}</th>
                  <th scope="col">{t('hosting')}</th>
                  <th scope="col">{t('since')}</th>
                  <th scope="col">{t('contract')}</th>
                  <th scope="col">{t('rating')}</th>
                  <th scope="col">{t('comment')}</th>
                  <th scope="col">{t('contact')}</th>
                </tr>
              </thead>
              <tbody>
                {tools.map((tool) => (
                  <tr key={tool.id}>
                    <td data-label={t('product')}>{tool.product}</td>
                    <td data-label={t('provider')}>{nameOf(tool.provider) ?? '—'}</td>
                    <td data-label={t('hosting')}>{hostingOf(tool, vocab)}</td>
                    <td data-label={t('since')}>{tool.inUseSince ?? '—'}</td>
                    <td data-label={t('contract')}>
                      {tool.contract ? (
                        <a href={`/contrats/${idOf(tool.contract)}`}>
                          {(tool.contract as { service?: string }).service ?? t('seeContract')}
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td data-label={t('rating')}>{tool.rating ? t('ratingOf', { rating: tool.rating }) : '—'}</td>
                    <td className="notes" data-label={t('comment')}>
                      {tool.comment ?? '—'}
                    </td>
                    <td data-label={t('contact')}>
                      {tool.willingToBeContacted ? (
                        <Badge tone="success">{t('willing')}</Badge>
                      ) : (
                        <span className="muted">{t('notWilling')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {canEdit &&
              tools.map((tool) => (
                <details key={tool.id} className="panel no-print">
                  <summary>{t('edit', { product: tool.product })}</summary>
                  <ToolForm view={view} commune={commune} tool={tool} />
                  <ResultForm action={deleteToolAction} className="inline-form" label={t('remove', { product: tool.product })}>
                    <input type="hidden" name="tool" value={tool.id} />
                    <ConfirmButton variant="danger" question={t('removeQuestion', { product: tool.product })}>
                      {t('removeButton')}
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
            <summary>{t('add')}</summary>
            <ToolForm view={view} commune={commune} />
          </details>
        </>
      )}
    </section>
  )
}
