import { requireSession } from '@/auth/currentUser'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { langOf } from '@/components/ContentLang'
import { PrintButton } from '@/components/PrintButton'
import { ProgressBar } from '@/components/ProgressBar'
import { Badge } from '@/components/ui/Badge'
import { zurichDay } from '@/fields/day'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { filterQuery, findMeasures, measureFilters, overview, ownerName } from '@/measures/list'
import { isLate } from '@/measures/progress'
import { measureLabels, priorities } from '@/measures/vocabulary'
import { readsComiteReport } from '@/report/load'

const columns = ['number', 'measure', 'axis', 'priority', 'partners', 'deliverable', 'status', 'progress', 'owner'] as const

export async function generateMetadata() {
  return { title: (await getTranslations('measures.list'))('metaTitle') }
}

export default async function MeasuresPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const params = await searchParams
  const filters = measureFilters((name) => firstParam(params[name]))
  const measures = await findMeasures(payload, user, filters)
  const query = filterQuery(filters)
  const today = zurichDay(new Date())
  const withFormat = (format: string) => `/mesures/export${query ? `${query}&` : '?'}format=${format}`
  const locale = await requestLocale()
  const t = await getTranslations('measures.list')
  const labels = measureLabels(locale)
  const priorityChoices = Object.fromEntries(priorities.map((p) => [p, `${p} – ${labels.priorities[p].label}`]))

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">
        {t('lead', {
          priorities: priorities.map((p) => `${p} ${labels.priorities[p].label} (${labels.priorities[p].target})`).join(' · '),
        })}
      </p>

      <form method="get" action="/mesures" className="filters no-print" aria-label={t('filtersLabel')}>
        <label>
          {t('axis')} <ChoiceSelect name="axe" choices={labels.axes} defaultValue={filters.axis} any={t('anyAxis')} />
        </label>
        <label>
          {t('priority')} <ChoiceSelect name="priorite" choices={priorityChoices} defaultValue={filters.priority} any={t('anyPriority')} />
        </label>
        <label>
          {t('status')} <ChoiceSelect name="etat" choices={labels.statuses} defaultValue={filters.status} any={t('anyStatus')} />
        </label>
        <label>
          {t('partner')}{' '}
          <input
            type="search"
            name="partenaire"
            defaultValue={filters.partner ?? ''}
            placeholder={t('partnerPlaceholder')}
            maxLength={80}
          />
        </label>
        <label>
          {t('sort')}{' '}
          <ChoiceSelect
            name="tri"
            choices={{ rang: t('byRank'), numero: t('byNumber') }}
            defaultValue={filters.sort === 'number' ? 'numero' : 'rang'}
          />
        </label>
        <button type="submit">{t('show')}</button>
        {query && <a href="/mesures">{t('showAll')}</a>}
      </form>

      <p className="buttons no-print">
        <a className="button" href={withFormat('csv')}>
          {t('exportCsv')}
        </a>
        <a className="button" href={withFormat('xlsx')}>
          {t('exportXlsx')}
        </a>
        <PrintButton />
        {readsComiteReport(user) && (
          <a className="button" href="/mesures/rapport">
            {t('report')}
          </a>
        )}
      </p>

      <section aria-labelledby="overview">
        <h2 id="overview">{t('overview')}</h2>
        <table className="rollup overview table-cards">
          <thead>
            <tr>
              <th scope="col">{t('axis')}</th>
              {priorities.map((p) => (
                <th key={p} scope="col">
                  {t('priorityLetter', { priority: p })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview(measures, locale).map((row) => (
              <tr key={row.axis}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.priority}
                    data-label={t('priorityLetter', { priority: cell.priority })}
                    data-axis={row.axis}
                    data-priority={cell.priority}
                  >
                    {cell.count ? t('cell', { count: cell.count, progress: cell.progress ?? 0 }) : '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <h2>{t('count', { count: measures.length })}</h2>
      {measures.length === 0 && <p>{t('empty')}</p>}
      {/* Cards on a phone; between a phone and a laptop, the nine columns scroll inside their own box. */}
      <div className="table-scroll" role="region" aria-label={t('tableLabel')} tabIndex={0}>
        <table className="rollup measures table-cards">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id} data-number={m.number}>
                <td data-label={t('columns.number')}>{m.number}</td>
                <td data-label={t('columns.measure')}>
                  <a href={`/mesures/${m.number}`} {...langOf(m)}>
                    {m.title}
                  </a>
                </td>
                <td data-label={t('columns.axis')}>{labels.axes[m.axis]}</td>
                <td data-label={t('columns.priority')}>
                  <abbr
                    title={`${labels.priorities[m.priority].label} – ${labels.priorities[m.priority].target}`}
                    data-priority={m.priority}
                  >
                    {m.priority}
                  </abbr>
                </td>
                <td data-label={t('columns.partners')}>{m.partners}</td>
                <td data-label={t('columns.deliverable')}>{m.deliverable}</td>
                <td data-label={t('columns.status')}>
                  {labels.statuses[m.status]}
                  {isLate(m, today) && (
                    <>
                      {' '}
                      <Badge tone="warning">{t('late')}</Badge>
                    </>
                  )}
                </td>
                <td data-label={t('columns.progress')}>
                  <ProgressBar value={m.progress} />
                </td>
                <td data-label={t('columns.owner')}>{ownerName(m)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
