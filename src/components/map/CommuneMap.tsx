import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { RegionMap } from '@/map/regionMap'
import { initiativesLabel, legendOf, shadeOf } from '@/map/shading'

import './map.css'

type Props = {
  map: RegionMap
  /** In the order the links should be focused (by name). */
  communes: {
    ofs: number
    name: string
    count: number
    href: string
    selected?: boolean
    own?: boolean
    /** Coloured by an indicator (src/map/indicator.ts) rather than by initiatives: its class (null: no data) and value. */
    shade?: { level: number | null; value: string }
  }[]
  title: string
  /** The reader's language (French by default). */
  locale?: UiLocale
}

const titleId = 'commune-map-title'

/**
 * Choropleth of the communes: each commune is a link, shaded by its number of initiatives. Inside MapFrame, its name
 * shows on hover and on keyboard focus (from `data-tip`, placed at `data-x`/`data-y` %) and choosing it updates the
 * page in place; without JavaScript the links load the page with `?commune=`. The person's own commune is outlined with a dashed line.
 */
export function CommuneMap({ map, communes, title, locale = defaultLocale }: Props) {
  const t = translatorFor(locale, 'map.legend')
  const shapes = new Map(map.communes.map((shape) => [shape.ofs, shape]))
  const max = Math.max(0, ...communes.map((c) => c.count))
  const outline = (which: 'selected' | 'own') =>
    communes.filter((c) => c[which] && shapes.has(c.ofs)).map((c) => ({ ofs: c.ofs, d: shapes.get(c.ofs)!.path }))

  return (
    <svg
      className="commune-map"
      role="group"
      aria-labelledby={titleId}
      viewBox={`0 0 ${map.width} ${map.height}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{title}</title>
      <defs>
        {/* « Pas de donnée »: hatched, never one of the classes' colours. */}
        <pattern id="map-no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="map-no-data__ground" />
          <line x1="0" y1="0" x2="0" y2="6" className="map-no-data__line" />
        </pattern>
      </defs>
      {communes.map((commune) => {
        const shape = shapes.get(commune.ofs)
        if (!shape) return null
        const what = commune.shade ? commune.shade.value : initiativesLabel(commune.count, locale)
        const label = t(commune.own ? 'communeOwn' : 'commune', { name: commune.name, what })
        const shade = commune.shade
          ? commune.shade.level === null
            ? 'none'
            : String(commune.shade.level)
          : String(shadeOf(commune.count, max))
        const classes = ['commune-shape', `shade-${shade}`]
        if (commune.selected) classes.push('is-selected')
        if (commune.own) classes.push('is-own')
        return (
          <a
            key={commune.ofs}
            href={commune.href}
            aria-label={label}
            aria-current={commune.selected ? 'true' : undefined}
            data-name={commune.name}
            data-tip={label}
            data-x={((100 * shape.label[0]) / map.width).toFixed(1)}
            data-y={((100 * shape.label[1]) / map.height).toFixed(1)}
          >
            <path
              d={shape.path}
              className={classes.join(' ')}
              data-ofs={commune.ofs}
              data-count={commune.count}
              data-class={commune.shade ? shade : undefined}
            >
              <title>{label}</title>
            </path>
          </a>
        )
      })}
      {map.lakes && <path className="map-lakes" d={map.lakes} aria-hidden="true" />}
      <path className="map-district-borders" d={map.districtBorders} aria-hidden="true" />
      {/* Drawn last so that no neighbour covers half of the outline. */}
      {outline('selected').map(({ ofs, d }) => (
        <path key={`selected-${ofs}`} className="map-selected-outline" d={d} aria-hidden="true" />
      ))}
      {outline('own').map(({ ofs, d }) => (
        <path key={`own-${ofs}`} className="map-own-outline" d={d} data-ofs={ofs} aria-hidden="true" />
      ))}
    </svg>
  )
}

/** Key of the shades, with the count ranges that shadeOf gives for this maximum, and the outlines in words. */
export function MapLegend({
  max,
  own,
  selected,
  locale = defaultLocale,
}: {
  max: number
  own?: string
  selected?: string
  locale?: UiLocale
}) {
  const t = translatorFor(locale, 'map.legend')
  return (
    <ul className="map-legend">
      {legendOf(max, locale).map(({ shade, label }) => (
        <li key={shade}>
          <span className={`map-legend__swatch shade-${shade}`} aria-hidden="true" />
          {label}
        </li>
      ))}
      {own && (
        <li>
          <span className="map-legend__swatch map-legend__swatch--own" aria-hidden="true" />
          {t('own', { commune: own })}
        </li>
      )}
      {selected && (
        <li>
          <span className="map-legend__swatch map-legend__swatch--selected" aria-hidden="true" />
          {t('selected', { commune: selected })}
        </li>
      )}
    </ul>
  )
}

/**
 * Key of a map coloured by an indicator: each class with its bounds, its meaning and how many communes fall in it,
 * then « pas de donnée » (hatched). The values are also written in each commune's name and in the list below the map.
 */
export function IndicatorLegend({
  label,
  higherIsBetter,
  classes,
  noData,
  own,
  selected,
  locale = defaultLocale,
}: {
  label: string
  higherIsBetter: boolean
  classes: { level: number; bounds: string; meaning: string; communes: number }[]
  noData: number
  own?: string
  selected?: string
  locale?: UiLocale
}) {
  const t = translatorFor(locale, 'map.legend')
  return (
    <div className="map-indicator-legend">
      <p className="map-legend__title" id="legend-title">
        {t(higherIsBetter ? 'titleHigherBetter' : 'titleLowerBetter', { label })}
      </p>
      <ul className="map-legend" aria-labelledby="legend-title" data-testid="indicator-legend">
        {classes.map((c) => (
          <li key={c.level} data-class={c.level}>
            <span className={`map-legend__swatch shade-${c.level}`} aria-hidden="true" />
            {t('class', { bounds: c.bounds, meaning: c.meaning, count: c.communes })}
          </li>
        ))}
        <li data-class="none">
          <span className="map-legend__swatch shade-none" aria-hidden="true" />
          {t('noData', { count: noData })}
        </li>
        {own && (
          <li>
            <span className="map-legend__swatch map-legend__swatch--own" aria-hidden="true" />
            {t('own', { commune: own })}
          </li>
        )}
        {selected && (
          <li>
            <span className="map-legend__swatch map-legend__swatch--selected" aria-hidden="true" />
            {t('selected', { commune: selected })}
          </li>
        )}
      </ul>
    </div>
  )
}
