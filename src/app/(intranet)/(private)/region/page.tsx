import { forbidden } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { CompletionMatrix } from '@/components/regional/CompletionMatrix'
import { IndicatorTrends, IndicatorValues } from '@/components/regional/IndicatorTrends'
import { PageHeader, TableScroll } from '@/components/ui'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { formatValue } from '@/regional/classes'
import { loadRegionalPicture } from '@/regional/view'

export async function generateMetadata() {
  return { title: (await getTranslations('region.page'))('title') }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * The regional picture (issue 25, §3). Coordinators: the communes × guides matrix (sortable, CSV/XLSX), every
 * indicator per commune, the communes that have not started anything and the trend. The COPIL: the same picture
 * without any commune's name — distributions and medians, each hidden under 3 communes. Nobody else.
 */
export default async function RegionPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  const locale = await requestLocale()
  const picture = await loadRegionalPicture(payload, user, await searchParams, new Date(), locale)
  if (!picture) forbidden()
  const t = await getTranslations('region.page')
  const hidden = t('hidden')

  if (picture.audience === 'copil')
    return (
      <>
        <PageHeader title={t('title')} lead={t('copilLead', { communes: picture.communes })} />
        <section aria-labelledby="guides">
          <h2 id="guides">{t('guidesTitle')}</h2>
          <TableScroll label={t('distributionLabel')}>
            <table className="table" data-testid="distribution">
              <caption>{t('distributionCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('guide')}</th>
                  {picture.guides[0]?.classes.map(({ valueClass }) => (
                    <th key={valueClass.level} scope="col" className="numeric">
                      {valueClass.bounds}
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    {t('median')}
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
                    <td className="numeric">{guide.median === null ? hidden : formatValue(guide.median, 'percent', locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">{t('hiddenNote', { hidden })}</p>
        </section>
        <section aria-labelledby="indicateurs">
          <h2 id="indicateurs">{t('indicators')}</h2>
          <IndicatorTrends indicators={picture.indicators} />
        </section>
        <section aria-labelledby="pas-commence">
          <h2 id="pas-commence">{t('notStarted')}</h2>
          <p data-testid="not-started-count">
            {picture.notStarted === null ? t('notStartedHidden') : t('notStartedCount', { count: picture.notStarted })}
          </p>
          <p className="muted">{t('notStartedDefinition')}</p>
        </section>
      </>
    )

  const communes = [...picture.rows].sort((a, b) => a.name.localeCompare(b.name, 'fr'))
  const query = new URLSearchParams({ tri: picture.sort.by, ordre: picture.sort.dir })
  return (
    <>
      <PageHeader title={t('title')} lead={t('staffLead')} />
      <p>
        <a href="/carte?indicateur=checklist-completion">{t('onMap')}</a> · <a href="/guides/suivi">{t('byAction')}</a>
      </p>
      <section aria-labelledby="matrice-titre" id="matrice">
        <h2 id="matrice-titre">{t('matrixTitle')}</h2>
        <p>
          {t('export')}{' '}
          <a href={`/region/export?${query}&format=csv`} download>
            {t('csv')}
          </a>{' '}
          ·{' '}
          <a href={`/region/export?${query}&format=xlsx`} download>
            {t('xlsx')}
          </a>
        </p>
        <CompletionMatrix guides={picture.guides} rows={picture.rows} sort={picture.sort} />
      </section>
      <section aria-labelledby="pas-commence">
        <h2 id="pas-commence">{t('notStartedWithCount', { count: picture.notStarted.length })}</h2>
        <p className="muted">{t('notStartedDefinition')}</p>
        <p data-testid="not-started">{picture.notStarted.join(', ') || t('allStarted')}</p>
      </section>
      <section aria-labelledby="indicateurs">
        <h2 id="indicateurs">{t('indicatorsAndTrend')}</h2>
        <IndicatorTrends indicators={picture.indicators} />
        <h3>{t('byCommune')}</h3>
        <IndicatorValues indicators={picture.indicators} communes={communes} />
      </section>
    </>
  )
}
