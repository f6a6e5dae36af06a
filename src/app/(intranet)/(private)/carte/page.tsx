import Link from 'next/link'

import { requireSession } from '@/auth/currentUser'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { CommuneMap, IndicatorLegend, MapLegend } from '@/components/map/CommuneMap'
import { InitiativeList } from '@/components/map/InitiativeList'
import { MapFrame } from '@/components/map/MapFrame'
import { idOf } from '@/fields/idOf'
import { colorsByIndicator, indicatorChoices, loadIndicatorShading } from '@/map/indicator'
import { mapData, type MapFilters, parseMapFilters } from '@/map/mapData'
import { regionMap } from '@/map/regionMap'
import { initiativesLabel } from '@/map/shading'
import { initiativeStatuses, initiativeThemes, levels } from '@/map/vocabulary'

export const metadata = { title: 'Carte des initiatives' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The map's address with these filters, this indicator and this commune (kept when one of them changes). */
const mapHref = (filters: MapFilters & { indicateur?: string }, ofs?: number) => {
  const query = new URLSearchParams(
    Object.entries({ ...filters, commune: ofs ? String(ofs) : undefined }).filter((e): e is [string, string] => Boolean(e[1])),
  )
  return `/carte${query.size ? `?${query}` : ''}${ofs ? '#commune' : ''}`
}

function FilterSelect({ name, label, options, value }: { name: string; label: string; options: Record<string, string>; value?: string }) {
  return (
    <label>
      {label} <ChoiceSelect name={name} choices={options} defaultValue={value} any="Tous" />
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
  const initiativeFilters = parseMapFilters(params)
  // Staff may colour the communes by any indicator of the registry (?indicateur=); others keep the initiatives.
  const shading = await loadIndicatorShading(payload, user, typeof params.indicateur === 'string' ? params.indicateur : undefined)
  const filters = { ...initiativeFilters, indicateur: shading?.indicator.key }
  const data = await mapData(payload, user, initiativeFilters)
  const selectedOfs = Number(params.commune)
  const selected = data.communes.find((c) => c.ofs === selectedOfs)
  const ownId = user.commune ? idOf(user.commune) : undefined
  const own = data.communes.find((c) => c.id === ownId)
  const map = regionMap(data.communes.map((c) => c.ofs))
  const max = Math.max(0, ...data.communes.map((c) => c.count))
  const filtered = Boolean(filters.theme || filters.level || filters.status)
  const shadeOf = (id: number) => (shading ? (shading.byCommune.get(id) ?? { level: null, value: 'Pas de donnée' }) : undefined)
  return (
    <>
      <h1>Carte des initiatives numériques</h1>
      <p className="lead">
        Qui fait quoi dans les {data.communes.length} communes du Valais romand.{' '}
        {shading
          ? `Les communes sont colorées selon l’indicateur « ${shading.indicator.label} » ; choisissez-en une pour voir ses initiatives.`
          : 'Les communes sont colorées selon le nombre d’initiatives auxquelles elles participent ; choisissez-en une pour voir lesquelles.'}
      </p>
      {colorsByIndicator(user) && (
        <form className="filters map-filters" method="get" aria-label="Colorer la carte">
          <label>
            Colorer selon{' '}
            <ChoiceSelect name="indicateur" choices={indicatorChoices()} defaultValue={shading?.indicator.key} any="Nombre d’initiatives" />
          </label>
          {(['theme', 'level', 'status'] as const).map((key) =>
            filters[key] ? <input key={key} type="hidden" name={key} value={filters[key]} /> : null,
          )}
          {selected && <input type="hidden" name="commune" value={selected.ofs} />}
          <button type="submit" className="button button--secondary">
            Colorer
          </button>
        </form>
      )}
      {shading && <p className="muted">{shading.indicator.definition}</p>}
      <form className="filters map-filters" method="get" aria-label="Filtrer les initiatives">
        <FilterSelect name="theme" label="Thème" options={initiativeThemes} value={filters.theme} />
        <FilterSelect name="level" label="Niveau" options={levels} value={filters.level} />
        <FilterSelect name="status" label="Statut" options={initiativeStatuses} value={filters.status} />
        {selected && <input type="hidden" name="commune" value={selected.ofs} />}
        {shading && <input type="hidden" name="indicateur" value={shading.indicator.key} />}
        <button type="submit">Filtrer</button>
        {filtered && <a href={mapHref({ indicateur: filters.indicateur }, selected?.ofs)}>Tout afficher</a>}
      </form>
      <p role="status" className="muted">
        {initiativesLabel(data.initiatives.length)}
        {filtered ? ' correspondant aux filtres' : ' publiées'}, dont {data.regionWide.length} pour toutes les communes de la région.
      </p>

      <div className="map-layout">
        <div>
          <MapFrame>
            <CommuneMap
              map={map}
              title="Carte des communes du Valais romand et de leurs initiatives numériques"
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
            />
          ) : (
            <>
              <MapLegend max={max} own={own?.name} selected={selected?.name} />
              <p className="muted">
                La couleur compte les initiatives qui nomment la commune ; celles qui concernent toute la région sont listées à part.
              </p>
            </>
          )}
        </div>
        <section id="commune" aria-labelledby="commune-title" className="panel">
          {selected ? (
            <>
              <h2 id="commune-title" aria-live="polite">
                {selected.name} : {initiativesLabel(selected.count)}
              </h2>
              {shading && (
                <p data-testid="selected-indicator">
                  {shading.indicator.label} : {shadeOf(selected.id)!.value}
                </p>
              )}
              {selected.id === own?.id && <p className="map-own-note">Votre commune (trait pointillé sur la carte).</p>}
              <InitiativeList
                initiatives={data.byCommune.get(selected.id) ?? []}
                empty="Aucune initiative ne nomme cette commune avec ces filtres."
              />
              {data.regionWide.length > 0 && (
                <p className="muted">Et {initiativesLabel(data.regionWide.length)} pour toutes les communes de la région (ci-dessous).</p>
              )}
            </>
          ) : (
            <>
              <h2 id="commune-title" aria-live="polite">
                Choisissez une commune
              </h2>
              <p className="muted">
                Cliquez sur une commune de la carte (son nom s’affiche au survol), ou choisissez-la dans la liste des communes plus bas.
              </p>
            </>
          )}
          {own && selected?.id !== own.id && (
            <p className="map-own-note">
              Votre commune :{' '}
              <Link href={mapHref(filters, own.ofs)} scroll={false}>
                {own.name}
              </Link>{' '}
              ({initiativesLabel(own.count)}), en trait pointillé sur la carte.
            </p>
          )}
        </section>
      </div>

      <section aria-labelledby="region">
        <h2 id="region">Pour toutes les communes de la région</h2>
        <InitiativeList initiatives={data.regionWide} empty="Aucune initiative régionale avec ces filtres." />
      </section>

      <section aria-labelledby="liste">
        <h2 id="liste">Liste des communes</h2>
        <table className="accounts">
          <thead>
            <tr>
              <th scope="col">Commune</th>
              <th scope="col">Initiatives</th>
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
                  {c.id === own?.id && ' (votre commune)'}
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
