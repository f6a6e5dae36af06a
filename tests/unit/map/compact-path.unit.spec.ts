import { geoPath, geoTransverseMercator } from 'd3-geo'
import { describe, expect, it } from 'vitest'

import { CompactPath } from '@/map/compactPath'
import { absolutePoints } from '@tests/helpers/svgPath'

/** Two squares side by side (sharing an edge) and a line, in degrees around Sion. */
const polygons = {
  type: 'FeatureCollection' as const,
  features: [0, 1].map((i) => ({
    type: 'Feature' as const,
    properties: {},
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [7.3 + 0.0123 * i, 46.2],
          [7.3 + 0.0123 * i, 46.21234],
          [7.3123 + 0.0123 * i, 46.21234],
          [7.3123 + 0.0123 * i, 46.2],
          [7.3 + 0.0123 * i, 46.2],
        ],
      ],
    },
  })),
}
const line = {
  type: 'LineString' as const,
  coordinates: [
    [7.3, 46.2],
    [7.31, 46.205],
    [7.3201, 46.2099],
  ],
}

const projection = geoTransverseMercator().rotate([-7.44, -46.95]).fitWidth(784, polygons)

function compact(object: Parameters<ReturnType<typeof geoPath>>[0]) {
  const context = new CompactPath()
  geoPath(projection, context)(object)
  return context.result()
}

describe('CompactPath', () => {
  it('draws the points d3 draws, to the tenth, in relative steps', () => {
    for (const object of [...polygons.features, line]) {
      const absolute = geoPath(projection).digits(1)(object)!
      const expected = absolutePoints(absolute)
      const written = compact(object)
      expect(written).toMatch(/^M[^L]*$/) // one absolute move, then steps
      const drawn = absolutePoints(written)
      // d3 repeats a ring's first point before closing it; a step of zero is left out.
      const distinct = expected.filter((p, i) => i === 0 || p[0] !== expected[i - 1]![0] || p[1] !== expected[i - 1]![1])
      expect(drawn.length).toBeGreaterThanOrEqual(distinct.length - 1)
      for (const [i, [x, y]] of drawn.entries()) {
        expect(x).toBeCloseTo(distinct[i]![0], 5)
        expect(y).toBeCloseTo(distinct[i]![1], 5)
      }
      expect(written.length).toBeLessThanOrEqual(absolute.length)
    }
  })

  it('keeps a shared edge identical on both sides, however many steps lead to it', () => {
    const [left, right] = polygons.features.map((feature) => absolutePoints(compact(feature)))
    const key = ([x, y]: [number, number]) => `${x.toFixed(1)},${y.toFixed(1)}`
    const shared = left!.map(key).filter((point) => right!.map(key).includes(point))
    expect(shared.length).toBeGreaterThanOrEqual(2)
    // Exactly on the tenth: no error carried along the steps.
    for (const [x, y] of [...left!, ...right!]) {
      expect(Math.abs(x * 10 - Math.round(x * 10))).toBeLessThan(1e-6)
      expect(Math.abs(y * 10 - Math.round(y * 10))).toBeLessThan(1e-6)
    }
  })

  it('writes numbers the shortest way SVG reads them', () => {
    const context = new CompactPath()
    context.moveTo(10.04, 0.26)
    context.lineTo(10.34, 0.06)
    context.lineTo(9.84, 1.56)
    context.lineTo(9.84, 1.56)
    context.closePath()
    expect(context.result()).toBe('M10 .3l.3-.2-.5 1.5z')
    expect(context.result()).toBe('')
  })
})
