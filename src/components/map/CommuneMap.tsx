import type { RegionMap } from '@/map/regionMap'
import { initiativesLabel, legendOf, shadeOf } from '@/map/shading'

import './map.css'

type Props = {
  map: RegionMap
  /** In the order the links should be focused (by name). */
  communes: { ofs: number; name: string; count: number; href: string; selected?: boolean }[]
  title: string
}

const titleId = 'commune-map-title'

/** Choropleth of the communes: each commune is a link, shaded by its number of initiatives. */
export function CommuneMap({ map, communes, title }: Props) {
  const shapes = new Map(map.communes.map((shape) => [shape.ofs, shape]))
  const max = Math.max(0, ...communes.map((c) => c.count))
  const selected = communes.filter((c) => c.selected && shapes.has(c.ofs)).map((c) => shapes.get(c.ofs)!.path)

  return (
    <svg
      className="commune-map"
      role="group"
      aria-labelledby={titleId}
      viewBox={`0 0 ${map.width} ${map.height}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{title}</title>
      {communes.map((commune) => {
        const shape = shapes.get(commune.ofs)
        if (!shape) return null
        const label = `${commune.name} : ${initiativesLabel(commune.count)}`
        const classes = ['commune-shape', `shade-${shadeOf(commune.count, max)}`]
        if (commune.selected) classes.push('is-selected')
        return (
          <a key={commune.ofs} href={commune.href} aria-label={label} aria-current={commune.selected ? 'true' : undefined}>
            <path d={shape.path} className={classes.join(' ')} data-ofs={commune.ofs} data-count={commune.count}>
              <title>{label}</title>
            </path>
          </a>
        )
      })}
      {map.lakes && <path className="map-lakes" d={map.lakes} aria-hidden="true" />}
      <path className="map-district-borders" d={map.districtBorders} aria-hidden="true" />
      {/* Drawn last so that no neighbour covers half of the selected commune's outline. */}
      {selected.map((d) => (
        <path key={d} className="map-selected-outline" d={d} aria-hidden="true" />
      ))}
    </svg>
  )
}

/** Key of the shades, with the count ranges that shadeOf gives for this maximum. */
export function MapLegend({ max }: { max: number }) {
  return (
    <ul className="map-legend">
      {legendOf(max).map(({ shade, label }) => (
        <li key={shade}>
          <span className={`map-legend__swatch shade-${shade}`} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  )
}
