import fs from 'node:fs'
import path from 'node:path'

import { geoBounds, geoContains } from 'd3-geo'
import type { Payload } from 'payload'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { beforeAll, describe, expect, it } from 'vitest'

import { districtNumbers } from '@/communes/vocabulary'
import { communes } from '@seed/communes'
import { seed } from '@seed/index'
import { bootPayload } from '@tests/helpers/payload'

/** OFS numbers of the municipalities whose shape lies in the given districts, read from swiss-maps 2024. */
function municipalitiesInDistricts(districtNumbers: number[]): Map<number, number> {
  const file = path.resolve('node_modules/swiss-maps/2024/ch-combined.json')
  const topology = JSON.parse(fs.readFileSync(file, 'utf8')) as Topology
  const districtShapes = (feature(topology, topology.objects.districts!) as GeoJSON.FeatureCollection).features.filter((shape) =>
    districtNumbers.includes(Number(shape.id)),
  )
  const result = new Map<number, number>()
  for (const shape of (feature(topology, topology.objects.municipalities!) as GeoJSON.FeatureCollection).features) {
    // A point strictly inside the municipality tells which district it belongs to (boundaries are shared).
    const [[x0, y0], [x1, y1]] = geoBounds(shape)
    for (let step = 1; step < 400; step++) {
      const point: [number, number] = [x0 + ((x1 - x0) * (step % 20)) / 20, y0 + ((y1 - y0) * Math.floor(step / 20)) / 20]
      if (!geoContains(shape, point)) continue
      const district = districtShapes.find((d) => geoContains(d, point))
      if (district) result.set(Number(shape.id), Number(district.id))
      break
    }
  }
  return result
}

describe('communes', () => {
  let payload: Payload
  beforeAll(async () => {
    ;({ payload } = await bootPayload())
  })

  it('seeds exactly the municipalities that swiss-maps places in the 8 districts, in the right district', () => {
    const expected = municipalitiesInDistricts([...districtNumbers])
    expect(expected.size).toBe(59) // the strategy's "40 communes sur 59"
    const seeded = new Map(communes.map((c) => [c.ofsNumber, c.district as number]))
    expect([...seeded.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [ofs, district] of expected) expect({ ofs, district: seeded.get(ofs) }).toEqual({ ofs, district })
  })

  it('stores the 59 communes in the database with unique names and OFS numbers', async () => {
    const { docs } = await payload.find({ collection: 'communes', limit: 0, pagination: false })
    expect(docs).toHaveLength(59)
    expect(new Set(docs.map((d) => d.name)).size).toBe(59)
    expect(docs.find((d) => d.ofsNumber === 6266)).toMatchObject({ name: 'Sion', district: '2312' })
  })

  it('sorts names the French way (Évolène between Ayent and Fully)', async () => {
    const { docs } = await payload.find({ collection: 'communes', limit: 0, pagination: false, sort: 'name' })
    const names = docs.map((d) => d.name)
    expect(names.indexOf('Evolène')).toBeGreaterThan(names.indexOf('Ayent'))
    expect(names.indexOf('Evolène')).toBeLessThan(names.indexOf('Fully'))
    expect(names.indexOf('Vétroz')).toBeLessThan(names.indexOf('Vex'))
  })

  it('re-seeding creates nothing new and keeps edited content', async () => {
    const sion = (await payload.find({ collection: 'communes', where: { ofsNumber: { equals: 6266 } } })).docs[0]!
    await payload.update({ collection: 'communes', id: sion.id, data: { population: 35000 } })
    await seed(payload)
    const after = await payload.find({ collection: 'communes', limit: 0, pagination: false })
    expect(after.totalDocs).toBe(59)
    expect(after.docs.find((d) => d.id === sion.id)?.population).toBe(35000)
  })

  it('refuses a duplicate OFS number with a 400 and a French message', async () => {
    await expect(
      payload.create({ collection: 'communes', data: { name: 'Doublon', ofsNumber: 6266, district: '2312' } }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await payload.count({ collection: 'communes' })).totalDocs).toBe(59)
  })
})
