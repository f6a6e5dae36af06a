import fs from 'node:fs'
import path from 'node:path'

import { geoPath, geoTransverseMercator } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'

import { CompactPath } from './compactPath'

/** Official boundaries (OFS, state of 2024), WGS84, as shipped by the `swiss-maps` package. */
const SOURCE = 'node_modules/swiss-maps/2024/ch-combined.json'
const WIDTH = 800
const MARGIN = 8

export type CommuneShape = {
  ofs: number
  path: string
  /** Where the commune's name is shown on hover and focus: its centroid, in the map's units. */
  label: [number, number]
}

export type RegionMap = {
  width: number
  height: number
  communes: CommuneShape[]
  /** district boundaries inside the region, one path */
  districtBorders: string
  /** lakes clipped to the map area (Léman at Saint-Gingolph/Port-Valais), one path, may be '' */
  lakes: string
}

type Layers = 'municipalities' | 'districts' | 'lakes'
let topology: Topology<Record<Layers, GeometryCollection>> | undefined
const cache = new Map<string, RegionMap>()

function load() {
  // process.cwd() is the repo root under `next start`, `next dev` and vitest; Turbopack's bundled server
  // code has no reliable module URL to resolve from.
  topology ??= JSON.parse(fs.readFileSync(path.join(process.cwd(), SOURCE), 'utf8')) as typeof topology
  return topology!
}

/** Indexes of the arcs of a polygon, without their direction (`~i` is arc `i` reversed). */
function arcsOf(geometry: GeometryObject): number[] {
  const rings = geometry.type === 'Polygon' ? geometry.arcs : geometry.type === 'MultiPolygon' ? geometry.arcs.flat() : []
  return rings.flat().map((i) => (i < 0 ? ~i : i))
}

/** SVG paths of the given municipalities, fitted into a WIDTH-wide box; computed once per set. */
export function regionMap(ofsNumbers: readonly number[]): RegionMap {
  const key = [...new Set(ofsNumbers)].sort((a, b) => a - b).join(',')
  const cached = cache.get(key)
  if (cached) return cached

  const topo = load()
  const wanted = new Set(ofsNumbers)
  const kept = topo.objects.municipalities.geometries.filter((g) => wanted.has(Number(g.id)))
  const missing = [...wanted].filter((ofs) => !kept.some((g) => Number(g.id) === ofs))
  if (missing.length) throw new Error(`regionMap: no 2024 municipality shape for OFS number(s) ${missing.join(', ')}`)

  const shapes = feature(topo, { type: 'GeometryCollection', geometries: kept })
  // Transverse Mercator centred on Bern: conformal and close to the Swiss grid (LV95), north up.
  const projection = geoTransverseMercator()
    .rotate([-7.44, -46.95])
    .fitWidth(WIDTH - 2 * MARGIN, shapes)
  const [[, y0], [, y1]] = geoPath(projection).bounds(shapes)
  const height = Math.ceil(y1 - y0 + 2 * MARGIN)
  projection.fitExtent(
    [
      [MARGIN, MARGIN],
      [WIDTH - MARGIN, height - MARGIN],
    ],
    shapes,
  )
  const context = new CompactPath()
  const toContext = geoPath(projection, context)
  const draw = (object: Parameters<typeof toContext>[0]) => {
    toContext(object)
    return context.result()
  }
  const communes = shapes.features.map((shape): CommuneShape => {
    const [x, y] = toContext.centroid(shape)
    return { ofs: Number(shape.id), path: draw(shape), label: [Math.round(x), Math.round(y)] }
  })

  // Arcs are shared between layers: a district border is an arc of the districts layer lying between two
  // of the region's municipalities; an arc used by only one of them is the region's outline.
  const districtArcs = new Set(topo.objects.districts.geometries.flatMap(arcsOf))
  const users = new Map<number, number>()
  for (const g of kept) for (const arc of new Set(arcsOf(g))) users.set(arc, (users.get(arc) ?? 0) + 1)
  const borders = [...users].filter(([arc, n]) => n === 1 || districtArcs.has(arc)).map(([arc]) => [arc])
  const districtBorders = draw(mesh(topo, { type: 'MultiLineString', arcs: borders }))

  // Lakes (the Léman) cut to the map's rectangle, drawn over the communes whose territory they cover.
  projection.clipExtent([
    [0, 0],
    [WIDTH, height],
  ])
  const lakes = draw(feature(topo, topo.objects.lakes))

  const map: RegionMap = { width: WIDTH, height, communes, districtBorders, lakes }
  cache.set(key, map)
  return map
}
