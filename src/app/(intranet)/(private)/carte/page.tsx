import Link from 'next/link'

import { requireSession } from '@/auth/currentUser'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { CommuneMap, IndicatorLegend, MapLegend } from '@/components/map/CommuneMap'
import { InitiativeList } from '@/components/map/InitiativeList'
import { MapFrame } from '@/components/map/MapFrame'
import { idOf } from '@/fields/idOf'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { colorsByIndicator, indicatorChoices, loadIndicatorShading, noDataLabel } from '@/map/indicator'
import { mapData, type MapFilters, parseMapFilters } from '@/map/mapData'
import { regionMap } from '@/map/regionMap'
import { initiativesLabel } from '@/map/shading'
import { mapLabels } from '@/map/vocabulary'

export async function generateMetadata() {
  return { title: (await getTranslations('map.page'))('metaTitle') }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The map's address with these filters, this indicator and this commune (kept when one of them changes). */
const mapHref = (filters: MapFilters & { indicateur?: string }, ofs?: number) => {
  const query = new URLSearchParams(
    Object.entries({ ...filters, commune: ofs ? String(ofs) : undefined }).filter((e): e is [string, string] => Boolean(e[1])),
  )
  return `/carte${query.size ? `?${query}` : ''}${ofs ? '#commune' : ''}`
}

function FilterSelect({
  name,
  label,
  options,
  value,
  any,
}: {
  name: string
  label: string
  options: Record<string, string>
  value?: string
  any: string
}) {
  return (
    <label>
      {label} <ChoiceSelect name={name} choices={options} defaultValue={value} any={any} />
    </label>
  )
}

/**
 * Measure 7: an overview of the region's digital initiatives. Each commune is shaded by the initiatives it takes
 * part in; choosing one lists them. Works without JavaScript, by keyboard, and as a plain list beside the map.
 */
export default async function MapPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  const params = await searchParams
  const locale = await requestLocale()
  const t = await getTranslations('map.page')
  const labels = mapLabels(locale)
  const initiativeFilters = parseMapFilters(params)
  // Staff may colour the communes by any indicator of the registry (?indicateur=); others keep the initiatives.
  const shading = await loadIndicatorShading(payload, user, typeof params.indicateur === 'string' ? params.indicateur : undefined, locale)
  const filters = { ...initiativeFilters, indicateur: shading?.indicator.key }
  const data = await mapData(payload, user, initiativeFilters)
  const selectedOfs = Number(params.commune)
  const selected = data.communes.find((c) => c.ofs === selectedOfs)
  const ownId = user.commune ? idOf(user.commune) : undefined
  const own = data.communes.find((c) => c.id === ownId)
  const map = regionMap(data.communes.map((c) => c.ofs))
  const max = Math.max(0, ...data.communes.map((c) => c.count))
  const filtered = Boolean(filters.theme || filters.level || filters.status)
  const shadeOf = (id: number) => (shading ? (shading.byCommune.get(id) ?? { level: null, value: noDataLabel(locale) }) : undefined)
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">
        {t('lead', { communes: data.communes.length })}{' '}
        {shading ? t('shadedByIndicator', { indicator: shading.indicator.label }) : t('shadedByCount')}
      </p>
      {colorsByIndicator(user) && (
        <form className="filters map-filters" method="get" aria-label={t('colourForm')}>
          <label>
            {t('colourBy')}{' '}
            <ChoiceSelect
              name="indicateur"
              choices={indicatorChoices(locale)}
              defaultValue={shading?.indicator.key}
              any={t('initiativeCount')}
            />
          </label>
          {(['theme', 'level', 'status'] as const).map((key) =>
            filters[key] ? <input key={key} type="hidden" name={key} value={filters[key]} /> : null,
          )}
          {selected && <input type="hidden" name="commune" value={selected.ofs} />}
          <button type="submit" className="button button--secondary">
            {t('colour')}
          </button>
        </form>
      )}
      {shading && <p className="muted">{shading.indicator.definition}</p>}
      <form className="filters map-filters" method="get" aria-label={t('filterForm')}>
        <FilterSelect name="theme" label={t('theme')} options={labels.themes} value={filters.theme} any={t('any')} />
        <FilterSelect name="level" label={t('level')} options={labels.levels} value={filters.level} any={t('any')} />
        <FilterSelect name="status" label={t('status')} options={labels.statuses} value={filters.status} any={t('any')} />
        {selected && <input type="hidden" name="commune" value={selected.ofs} />}
        {shading && <input type="hidden" name="indicateur" value={shading.indicator.key} />}
        <button type="submit">{t('filter')}</button>
        {filtered && <a href={mapHref({ indicateur: filters.indicateur }, selected?.ofs)}>{t('showAll')}</a>}
      </form>
      <p role="status" className="muted">
        {t(filtered ? 'countFiltered' : 'countPublished', { count: data.initiatives.length, regionWide: data.regionWide.length })}
      </p>

      <div className="map-layout">
        <div>
          <MapFrame>
            <CommuneMap
              map={map}
              title={t('mapTitle')}
              locale={locale}
              communes={data.communes.map((c) => ({
                ...c,
                href: mapHref(filters, c.ofs),
                selected: c.ofs === selected?.ofs,
                own: c.id === own?.id,
                shade: shadeOf(c.id),
              }))}
            />
          </MapFrame>
          {shading ? (
            <IndicatorLegend
              label={shading.indicator.label}
              higherIsBetter={shading.indicator.higherIsBetter}
              classes={shading.classes}
              noData={shading.noData}
              own={own?.name}
              selected={selected?.name}
              locale={locale}
            />
          ) : (
            <>
              <MapLegend max={max} own={own?.name} selected={selected?.name} locale={locale} />
              <p className="muted">{t('colourNote')}</p>
            </>
          )}
        </div>
        <section id="commune" aria-labelledby="commune-title" className="panel">
          {selected ? (
            <>
              <h2 id="commune-title" aria-live="polite">
                {selected.name} : {initiativesLabel(selected.count, locale)}
              </h2>
              {shading && (
                <p data-testid="selected-indicator">
                  {t('indicatorValue', { indicator: shading.indicator.label, value: shadeOf(selected.id)!.value })}
                </p>
              )}
              {selected.id === own?.id && <p className="map-own-note">{t('ownSelected')}</p>}
              <InitiativeList initiatives={data.byCommune.get(selected.id) ?? []} empty={t('communeEmpty')} />
              {data.regionWide.length > 0 && (
                <p className="muted">{t('andRegionWide', { label: initiativesLabel(data.regionWide.length, locale) })}</p>
              )}
            </>
          ) : (
            <>
              <h2 id="commune-title" aria-live="polite">
                {t('choose')}
              </h2>
              <p className="muted">{t('chooseHint')}</p>
            </>
          )}
          {own && selected?.id !== own.id && (
            <p className="map-own-note">
              {t.rich('own', {
                commune: () => (
                  <Link href={mapHref(filters, own.ofs)} scroll={false}>
                    {own.name}
                  </Link>
                ),
                label: initiativesLabel(own.count, locale),
              })}
            </p>
          )}
        </section>
      </div>

      <section aria-labelledby="region">
        <h2 id="region">{t('regionWide')}</h2>
        <InitiativeList initiatives={data.regionWide} empty={t('regionWideEmpty')} />
      </section>

      <section aria-labelledby="liste">
        <h2 id="liste">{t('communes')}</h2>
        <table className="accounts">
          <thead>
            <tr>
              <th scope="col">{t('commune')}</th>
              <th scope="col">{t('initiatives')}</th>
              {shading && <th scope="col">{shading.indicator.label}</th>}
            </tr>
          </thead>
          <tbody>
            {data.communes.map((c) => (
              <tr key={c.ofs} data-ofs={c.ofs}>
                <td>
                  <Link href={mapHref(filters, c.ofs)} aria-current={c.ofs === selected?.ofs ? 'true' : undefined}>
                    {c.name}
                  </Link>
                  {c.id === own?.id && ` ${t('ownMark')}`}
                </td>
                <td>{c.count}</td>
                {shading && <td data-indicator-value>{shadeOf(c.id)!.value}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  )
}
