import { requireSession } from '@/auth/currentUser'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { langOf } from '@/components/ContentLang'
import { PrintButton } from '@/components/PrintButton'
import { ProgressBar } from '@/components/ProgressBar'
import { Badge } from '@/components/ui/Badge'
import { zurichDay } from '@/fields/day'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { filterQuery, findMeasures, measureFilters, overview, ownerName } from '@/measures/list'
import { isLate } from '@/measures/progress'
import { measureAxes, measurePriorities, measureStatuses } from '@/measures/vocabulary'
import { readsComiteReport } from '@/report/load'

export const metadata = { title: 'Mesures' }

const priorityChoices = Object.fromEntries(Object.entries(measurePriorities).map(([p, m]) => [p, `${p} – ${m.label}`]))

export default async function MeasuresPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const params = await searchParams
  const filters = measureFilters((name) => firstParam(params[name]))
  const measures = await findMeasures(payload, user, filters)
  const query = filterQuery(filters)
  const today = zurichDay(new Date())
  const withFormat = (format: string) => `/mesures/export${query ? `${query}&` : '?'}format=${format}`

  return (
    <>
      <h1>Mesures de la stratégie numérique</h1>
      <p className="lead">
        Les mesures priorisées de la stratégie 2022–25 (annexe III). Priorités :{' '}
        {Object.entries(measurePriorities)
          .map(([p, m]) => `${p} ${m.label} (${m.target})`)
          .join(' · ')}
        . Une mesure qui n’est ni réalisée, ni déjà appliquée, ni continue, ni suspendue est « en retard » après son échéance : la sienne,
        sinon celle de sa priorité (A : 28 février 2023, fin de l’hiver 2022–23 ; B : 31 août 2023, fin de l’été 2023).
      </p>

      <form method="get" action="/mesures" className="filters no-print" aria-label="Filtrer les mesures">
        <label>
          Axe <ChoiceSelect name="axe" choices={measureAxes} defaultValue={filters.axis} any="Tous" />
        </label>
        <label>
          Priorité <ChoiceSelect name="priorite" choices={priorityChoices} defaultValue={filters.priority} any="Toutes" />
        </label>
        <label>
          État <ChoiceSelect name="etat" choices={measureStatuses} defaultValue={filters.status} any="Tous" />
        </label>
        <label>
          Partenaire{' '}
          <input type="search" name="partenaire" defaultValue={filters.partner ?? ''} placeholder="SCI, SAN, HES-SO…" maxLength={80} />
        </label>
        <label>
          Tri{' '}
          <ChoiceSelect
            name="tri"
            choices={{ rang: 'par rang', numero: 'par numéro' }}
            defaultValue={filters.sort === 'number' ? 'numero' : 'rang'}
          />
        </label>
        <button type="submit">Afficher</button>
        {query && <a href="/mesures">Tout afficher</a>}
      </form>

      <p className="buttons no-print">
        <a className="button" href={withFormat('csv')}>
          Exporter en CSV
        </a>
        <a className="button" href={withFormat('xlsx')}>
          Exporter en Excel
        </a>
        <PrintButton />
        {readsComiteReport(user) && (
          <a className="button" href="/mesures/rapport">
            Rapport au Comité
          </a>
        )}
      </p>

      <section aria-labelledby="overview">
        <h2 id="overview">Vue d’ensemble par axe et priorité</h2>
        <table className="rollup overview table-cards">
          <thead>
            <tr>
              <th scope="col">Axe</th>
              {Object.keys(measurePriorities).map((p) => (
                <th key={p} scope="col">
                  Priorité {p}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview(measures).map((row) => (
              <tr key={row.axis}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell) => (
                  <td key={cell.priority} data-label={`Priorité ${cell.priority}`} data-axis={row.axis} data-priority={cell.priority}>
                    {cell.count ? `${cell.count} mesure${cell.count > 1 ? 's' : ''}, ${cell.progress} % en moyenne` : '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <h2>
        {measures.length} mesure{measures.length > 1 ? 's' : ''}
      </h2>
      {measures.length === 0 && <p>Aucune mesure ne correspond à ces filtres.</p>}
      {/* Cards on a phone; between a phone and a laptop, the nine columns scroll inside their own box. */}
      <div className="table-scroll" role="region" aria-label="Liste des mesures" tabIndex={0}>
        <table className="rollup measures table-cards">
          <thead>
            <tr>
              <th scope="col">N°</th>
              <th scope="col">Mesure</th>
              <th scope="col">Axe</th>
              <th scope="col">Priorité</th>
              <th scope="col">Partenaires</th>
              <th scope="col">Livrable</th>
              <th scope="col">État</th>
              <th scope="col">Avancement</th>
              <th scope="col">Responsable</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id} data-number={m.number}>
                <td data-label="N°">{m.number}</td>
                <td data-label="Mesure">
                  <a href={`/mesures/${m.number}`} {...langOf(m)}>
                    {m.title}
                  </a>
                </td>
                <td data-label="Axe">{measureAxes[m.axis]}</td>
                <td data-label="Priorité">
                  <abbr
                    title={`${measurePriorities[m.priority].label} – ${measurePriorities[m.priority].target}`}
                    data-priority={m.priority}
                  >
                    {m.priority}
                  </abbr>
                </td>
                <td data-label="Partenaires">{m.partners}</td>
                <td data-label="Livrable">{m.deliverable}</td>
                <td data-label="État">
                  {measureStatuses[m.status]}
                  {isLate(m, today) && (
                    <>
                      {' '}
                      <Badge tone="warning">En retard</Badge>
                    </>
                  )}
                </td>
                <td data-label="Avancement">
                  <ProgressBar value={m.progress} />
                </td>
                <td data-label="Responsable">{ownerName(m)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
