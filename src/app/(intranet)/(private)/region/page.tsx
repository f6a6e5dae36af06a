import { forbidden } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { CompletionMatrix } from '@/components/regional/CompletionMatrix'
import { IndicatorTrends, IndicatorValues } from '@/components/regional/IndicatorTrends'
import { PageHeader, TableScroll } from '@/components/ui'
import { formatValue } from '@/regional/classes'
import { loadRegionalPicture, notStartedDefinition } from '@/regional/view'

export const metadata = { title: 'Où en est la région' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const hidden = 'masqué'

/**
 * The regional picture (issue 25, §3). Coordinators: the communes × guides matrix (sortable, CSV/XLSX), every
 * indicator per commune, the communes that have not started anything and the trend. The COPIL: the same picture
 * without any commune's name — distributions and medians, each hidden under 3 communes. Nobody else.
 */
export default async function RegionPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  const picture = await loadRegionalPicture(payload, user, await searchParams)
  if (!picture) forbidden()

  if (picture.audience === 'copil')
    return (
      <>
        <PageHeader
          title="Où en est la région"
          lead={`Vue anonymisée pour le Comité : aucune commune n’est nommée, et un nombre n’est montré que si au moins 3 des ${picture.communes} communes se trouvent derrière.`}
        />
        <section aria-labelledby="guides">
          <h2 id="guides">Réalisation des checklists, guide par guide</h2>
          <TableScroll label="Répartition des communes par guide">
            <table className="table" data-testid="distribution">
              <caption>Nombre de communes par tranche de réalisation, et médiane</caption>
              <thead>
                <tr>
                  <th scope="col">Guide</th>
                  {picture.guides[0]?.classes.map(({ valueClass }) => (
                    <th key={valueClass.level} scope="col" className="numeric">
                      {valueClass.bounds}
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    Médiane
                  </th>
                </tr>
              </thead>
              <tbody>
                {picture.guides.map((guide) => (
                  <tr key={guide.id} data-guide={guide.slug}>
                    <th scope="row">{guide.title}</th>
                    {guide.classes.map(({ valueClass, count }) => (
                      <td key={valueClass.level} className="numeric">
                        {count ?? hidden}
                      </td>
                    ))}
                    <td className="numeric">{guide.median === null ? hidden : formatValue(guide.median, 'percent')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">
            « {hidden} » : moins de 3 communes, le nombre pourrait les désigner (ou un nombre qui, soustrait du total, redonnerait un nombre
            masqué).
          </p>
        </section>
        <section aria-labelledby="indicateurs">
          <h2 id="indicateurs">Indicateurs régionaux</h2>
          <IndicatorTrends indicators={picture.indicators} />
        </section>
        <section aria-labelledby="pas-commence">
          <h2 id="pas-commence">Communes qui n’ont rien commencé</h2>
          <p data-testid="not-started-count">
            {picture.notStarted === null
              ? 'Moins de 3 communes (nombre masqué).'
              : `${picture.notStarted} commune${picture.notStarted > 1 ? 's' : ''}.`}
          </p>
          <p className="muted">{notStartedDefinition}</p>
        </section>
      </>
    )

  const communes = [...picture.rows].sort((a, b) => a.name.localeCompare(b.name, 'fr'))
  const query = new URLSearchParams({ tri: picture.sort.by, ordre: picture.sort.dir })
  return (
    <>
      <PageHeader
        title="Où en est la région"
        lead="Où en est chaque commune : réalisation des checklists guide par guide, indicateurs, communes qui n’ont rien commencé et évolution sur un an. Le Comité en voit une version anonymisée."
      />
      <p>
        <a href="/carte?indicateur=checklist-completion">Voir sur la carte</a> · <a href="/guides/suivi">Suivi action par action</a>
      </p>
      <section aria-labelledby="matrice-titre" id="matrice">
        <h2 id="matrice-titre">Checklists : communes × guides</h2>
        <p>
          Exporter la matrice (dans l’ordre affiché) :{' '}
          <a href={`/region/export?${query}&format=csv`} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={`/region/export?${query}&format=xlsx`} download>
            Excel (XLSX)
          </a>
        </p>
        <CompletionMatrix guides={picture.guides} rows={picture.rows} sort={picture.sort} />
      </section>
      <section aria-labelledby="pas-commence">
        <h2 id="pas-commence">Communes qui n’ont rien commencé ({picture.notStarted.length})</h2>
        <p className="muted">{notStartedDefinition}</p>
        <p data-testid="not-started">{picture.notStarted.join(', ') || 'Toutes les communes ont commencé quelque chose.'}</p>
      </section>
      <section aria-labelledby="indicateurs">
        <h2 id="indicateurs">Indicateurs régionaux et évolution</h2>
        <IndicatorTrends indicators={picture.indicators} />
        <h3>Par commune</h3>
        <IndicatorValues indicators={picture.indicators} communes={communes} />
      </section>
    </>
  )
}
