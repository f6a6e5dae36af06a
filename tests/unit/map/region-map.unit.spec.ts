import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { CommuneMap, MapLegend } from '@/components/map/CommuneMap'
import { regionMap } from '@/map/regionMap'
import { legendOf, shadeOf } from '@/map/shading'
import { communes } from '@seed/communes'
import { absolutePoints } from '@tests/helpers/svgPath'

const ofsNumbers = communes.map((c) => c.ofsNumber)

/** The [x, y] points of an SVG path made of M, l and z commands (CompactPath), in absolute coordinates. */
function pointsOf(d: string): [number, number][] {
  expect(d).toMatch(/^M[Mlz\d. -]+$/)
  return absolutePoints(d)
}

/** The counts a legend label names: "Aucune initiative", "1 initiative", "2 à 3 initiatives". */
function rangeOf(label: string): [number, number] {
  if (label === 'Aucune initiative') return [0, 0]
  const match = /^(\d+)(?: à (\d+))? initiatives?$/.exec(label)
  expect(match, label).not.toBeNull()
  return [Number(match![1]), Number(match![2] ?? match![1])]
}

describe('regionMap', () => {
  it('draws every commune inside the view box, each with its own path', () => {
    const started = performance.now()
    const map = regionMap(ofsNumbers)
    const elapsed = performance.now() - started
    const size = [...map.communes.map((c) => c.path), map.districtBorders, map.lakes].join('').length
    console.log(`[map] first regionMap(): ${elapsed.toFixed(0)} ms; ${map.width}×${map.height}; paths ${size} bytes`)

    expect(map.communes.map((c) => c.ofs).sort()).toEqual([...ofsNumbers].sort())
    expect(new Set(map.communes.map((c) => c.path)).size).toBe(59)
    for (const commune of map.communes) {
      const points = pointsOf(commune.path)
      expect(points.length, String(commune.ofs)).toBeGreaterThan(3)
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0)
        expect(x).toBeLessThanOrEqual(map.width)
        expect(y).toBeGreaterThanOrEqual(0)
        expect(y).toBeLessThanOrEqual(map.height)
      }
    }
    // Relative steps (CompactPath): 18 kB where d3's absolute coordinates took 25, sent twice with every map page.
    expect(size).toBeLessThan(24 * 1024)
  })

  it('computes a set once, whatever the order of its numbers', () => {
    expect(regionMap([...ofsNumbers].reverse())).toBe(regionMap(ofsNumbers))
  })

  it('names the OFS numbers it has no shape for', () => {
    expect(() => regionMap([6266, 9999, 9998])).toThrow(/9999, 9998/)
  })

  it('draws the district borders and the Léman', () => {
    const map = regionMap(ofsNumbers)
    expect(map.districtBorders).toMatch(/^M/)
    expect(map.lakes).toMatch(/^M/)
    for (const [x, y] of [...pointsOf(map.districtBorders), ...pointsOf(map.lakes)]) {
      expect(x >= 0 && x <= map.width && y >= 0 && y <= map.height).toBe(true)
    }
  })
})

describe('shading', () => {
  it.each([1, 2, 3, 7, 40])('spreads counts 0..%i over the shades, the top count darkest', (max) => {
    expect(shadeOf(0, max)).toBe(0)
    expect(shadeOf(max, max)).toBe(4)
    for (let count = 1; count <= max; count++) {
      expect(shadeOf(count, max)).toBeGreaterThanOrEqual(Math.max(1, shadeOf(count - 1, max)))
    }
  })

  it.each([0, 1, 2, 3, 4, 5, 7, 12, 40])('gives each count 0..%i one legend entry, of its shade', (max) => {
    const legend = legendOf(max)
    for (let count = 0; count <= max; count++) {
      const entries = legend.filter(({ label }) => {
        const [from, to] = rangeOf(label)
        return from <= count && count <= to
      })
      expect(
        entries.map((e) => e.shade),
        `count ${count}`,
      ).toEqual([shadeOf(count, max)])
    }
  })

  it('labels the legend in French', () => {
    expect(legendOf(3).map((e) => e.label)).toEqual(['Aucune initiative', '1 initiative', '2 initiatives', '3 initiatives'])
    expect(legendOf(7).map((e) => e.label)).toEqual([
      'Aucune initiative',
      '1 initiative',
      '2 à 3 initiatives',
      '4 à 5 initiatives',
      '6 à 7 initiatives',
    ])
  })
})

describe('CommuneMap', () => {
  const counts: Record<string, number> = { Sion: 3, Martigny: 1 }
  const rows = [...communes]
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((c) => ({
      ofs: c.ofsNumber,
      name: c.name,
      count: counts[c.name] ?? 0,
      href: `/carte?commune=${c.ofsNumber}`,
      selected: c.name === 'Martigny',
      own: c.name === 'Fully',
    }))
  let html = ''
  beforeAll(() => {
    // Rendered in a hook, not while collecting, so that the first test above times the first regionMap() call.
    html = renderToStaticMarkup(createElement(CommuneMap, { map: regionMap(ofsNumbers), communes: rows, title: 'Initiatives par commune' }))
  })
  /** The link (with its path) whose accessible name is the given label. */
  const linkOf = (label: string) => new RegExp(`<a [^>]*aria-label="${label}"[^>]*>.*?</a>`).exec(html)?.[0] ?? ''

  it('renders one labelled link per commune, in the given order', () => {
    expect(html).toMatch(/^<svg [^>]*role="group" aria-labelledby="commune-map-title"/)
    expect(html).toContain('<title id="commune-map-title">Initiatives par commune</title>')
    expect(html.match(/<a /g)).toHaveLength(59)
    expect(html.indexOf('aria-label="Ardon :')).toBeLessThan(html.indexOf('aria-label="Evolène :'))
    expect(html.indexOf('aria-label="Evolène :')).toBeLessThan(html.indexOf('aria-label="Fully :'))
  })

  it('names and shades each commune by its count', () => {
    const sion = linkOf('Sion : 3 initiatives')
    expect(sion).toContain('class="commune-shape shade-4"')
    expect(sion).toContain('data-ofs="6266"')
    expect(sion).toContain('<title>Sion : 3 initiatives</title>')
    expect(linkOf('Martigny : 1 initiative')).toContain('shade-2')
    expect(linkOf('Ardon : 0 initiative')).toContain('class="commune-shape shade-0"')
  })

  it('marks the selected commune, and only it', () => {
    expect(linkOf('Martigny : 1 initiative')).toMatch(/aria-current="true".*is-selected/)
    expect(html.match(/aria-current=/g)).toHaveLength(1)
    expect(html).toContain('class="map-selected-outline"')
  })

  it('outlines the person’s own commune, dashed and drawn above its neighbours, and says so in its name', () => {
    const fully = linkOf('Fully : 0 initiative \\(votre commune\\)')
    expect(fully).toContain('is-own')
    const outlines = html.match(/<path class="map-own-outline"[^>]*>/g) ?? []
    expect(outlines).toHaveLength(1)
    expect(outlines[0]).toContain(`data-ofs="${communes.find((c) => c.name === 'Fully')!.ofsNumber}"`)
    expect(html.lastIndexOf('map-own-outline')).toBeGreaterThan(html.lastIndexOf('commune-shape'))
    expect(html.match(/is-own/g)).toHaveLength(1)
  })

  it('gives each commune the name shown on hover and focus, placed inside the map', () => {
    const links = [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0])
    expect(links).toHaveLength(59)
    for (const link of links) {
      const tip = /data-tip="([^"]+)"/.exec(link)?.[1]
      expect(tip).toMatch(/^.+ : \d+ initiatives?/)
      const [x, y] = [/data-x="([\d.]+)"/.exec(link)?.[1], /data-y="([\d.]+)"/.exec(link)?.[1]].map(Number)
      expect(x! > 0 && x! < 100 && y! > 0 && y! < 100, link).toBe(true)
    }
    expect(linkOf('Sion : 3 initiatives')).toContain('data-name="Sion"')
  })

  it('says in words which commune is the person’s and which is chosen', () => {
    const legend = renderToStaticMarkup(createElement(MapLegend, { max: 3, own: 'Fully', selected: 'Martigny' }))
    expect(legend).toContain('Trait pointillé : votre commune (Fully)')
    expect(legend).toContain('Contour orange : la commune choisie (Martigny)')
  })

  it('renders the legend', () => {
    const legend = renderToStaticMarkup(createElement(MapLegend, { max: 3 }))
    expect(legend).toMatch(/^<ul class="map-legend">/)
    expect(legend.match(/<li>/g)).toHaveLength(4)
    expect(legend).toContain('<span class="map-legend__swatch shade-4" aria-hidden="true"></span>3 initiatives')
  })
})
