/**
 * The regional picture (issue 25, §3) on a known dataset, through PostgreSQL and the production server: the
 * `checklist-completion` indicator and the communes × guides matrix (values, sort, CSV and XLSX export), the
 * COPIL's anonymised view (a class of 1 or 2 communes hidden, shown from 3), the communes not started, the monthly
 * snapshot job (twice in a month → one snapshot; another month → another; two instances at once → one) and the trend.
 */
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { checklistCompletion } from '@/indicators/checklistCompletion'
import { indicators } from '@/indicators/registry'
import { takeIndicatorSnapshots } from '@/indicators/snapshots'
import { loadIndicatorTrend } from '@/indicators/trend'
import type { User } from '@/payload-types'
import { type CopilPicture, loadCompletionMatrix, loadRegionalPicture, type StaffPicture } from '@/regional/view'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, PASSWORD, type People } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'

let payload: Payload
let people: People
let server: RunningServer
let guide: { id: number; title: string; keys: string[] }
let communes: { id: number; name: string }[]
let totalItems = 0
const as = {} as Record<'coordinator' | 'copil' | 'member A', Client>

const user = async (id: number) => (await payload.findByID({ collection: 'users', id, depth: 0 })) as User
const answer = (commune: number, itemKey: string, state: 'done' | 'partial' | 'todo' | 'na', guideId = guide.id) =>
  payload.create({ collection: 'checklist-progress', data: { commune, guide: guideId, itemKey, state } })
const snapshotsOf = async (month: string) =>
  (await payload.count({ collection: 'indicator-snapshots', where: { month: { equals: month } } })).totalDocs

beforeAll(async () => {
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload())
  people = await createPeople(payload, 'regional')
  server = await startServer(databaseUrl)
  for (const name of ['coordinator', 'copil', 'member A'] as const)
    as[name] = client(server.url, await loginToken(server.url, people[name].email, PASSWORD))

  // The known dataset: no answer but those written here.
  await payload.delete({ collection: 'checklist-progress', where: { id: { exists: true } } })
  const guides = await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, sort: 'title', limit: 0 })
  const withItems = guides.docs.filter((g) => (g.checklist ?? []).length >= 3)
  guide = { id: withItems[0]!.id, title: withItems[0]!.title, keys: withItems[0]!.checklist!.map((item) => item.key!) }
  totalItems = guides.docs.reduce((sum, g) => sum + (g.checklist ?? []).length, 0)
  communes = (await payload.find({ collection: 'communes', sort: 'name', limit: 0 })).docs.map((c) => ({ id: c.id, name: c.name }))

  // Sion (commune A): every action of the guide « fait ». Martigny (B): the first « fait », the second « en partie »,
  // the third « non applicable », the others « pas fait ».
  for (const key of guide.keys) await answer(people.communeA.id, key, 'done')
  await answer(people.communeB.id, guide.keys[0]!, 'done')
  await answer(people.communeB.id, guide.keys[1]!, 'partial')
  await answer(people.communeB.id, guide.keys[2]!, 'na')
  for (const key of guide.keys.slice(3)) await answer(people.communeB.id, key, 'todo')
}, 900_000)

afterAll(async () => {
  await server?.stop()
})

const martignyOnGuide = () => Math.round((1.5 / (guide.keys.length - 1)) * 100)

describe('the checklist-completion indicator and the matrix', () => {
  it('computes each commune’s completion with the rule of /guides/suivi', async () => {
    expect(indicators.map((i) => i.key)).toContain('checklist-completion')
    const values = await checklistCompletion.compute({ payload, today: new Date() })
    expect(values.size).toBe(communes.length)
    expect(values.get(people.communeA.id)).toBe(Math.round((guide.keys.length / totalItems) * 100))
    expect(values.get(people.communeB.id)).toBe(Math.round((1.5 / (totalItems - 1)) * 100))
    const other = communes.find((c) => c.id !== people.communeA.id && c.id !== people.communeB.id)!
    expect(values.get(other.id)).toBe(0)
  })

  it('sorts the matrix by a guide’s column, highest first, ties by name', async () => {
    const coordinator = await user(people.coordinator.id)
    const { rows, sort } = await loadCompletionMatrix(payload, coordinator, { tri: `guide-${guide.id}`, ordre: 'desc' })
    expect(sort).toEqual({ by: `guide-${guide.id}`, dir: 'desc' })
    expect(rows.slice(0, 2).map((r) => [r.name, r.perGuide[guide.id]])).toEqual([
      [people.communeA.name, 100],
      [people.communeB.name, martignyOnGuide()],
    ])
    const rest = rows.slice(2).map((r) => r.name)
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'fr')))
    // An unknown column sorts by commune, A to Z.
    const fallback = await loadCompletionMatrix(payload, coordinator, { tri: 'guide-999999', ordre: 'sideways' })
    expect(fallback.sort).toEqual({ by: 'commune', dir: 'asc' })
    expect(fallback.rows.map((r) => r.name)).toEqual(communes.map((c) => c.name).sort((a, b) => a.localeCompare(b, 'fr')))
  })

  it('renders the matrix with aria-sort and exports it as CSV and XLSX in the order shown', async () => {
    const page = String((await as.coordinator.request('GET', `/region?tri=guide-${guide.id}&ordre=desc`)).json?.raw)
    expect(page).toContain(`aria-sort="descending" data-sort="guide-${guide.id}"`)
    expect(page).toContain('aria-sort="none" data-sort="commune"')

    const csv = await as.coordinator.request('GET', `/region/export?format=csv&tri=guide-${guide.id}&ordre=desc`)
    expect(csv.status).toBe(200)
    const lines = String(csv.json.raw)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    const cells = (line: string) => line.split(';').map((cell) => cell.replace(/^"|"$/g, ''))
    const header = cells(lines[0]!)
    expect(header.slice(0, 2)).toEqual(['Commune', 'Toutes les checklists (%)'])
    const column = header.indexOf(`${guide.title} (%)`)
    expect(column).toBeGreaterThan(1)
    expect(lines).toHaveLength(communes.length + 1)
    expect([cells(lines[1]!)[0], cells(lines[1]!)[column]]).toEqual([people.communeA.name, '100'])
    expect([cells(lines[2]!)[0], cells(lines[2]!)[column]]).toEqual([people.communeB.name, String(martignyOnGuide())])

    const response = await fetch(`${server.url}/region/export?format=xlsx&tri=guide-${guide.id}&ordre=desc`, {
      headers: { authorization: `JWT ${await loginToken(server.url, people.coordinator.email, PASSWORD)}` },
    })
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(2).getCell(1).value).toBe(people.communeA.name)
    expect(sheet.getRow(2).getCell(column + 1).value).toBe(100)
    expect(sheet.getRow(3).getCell(column + 1).value).toBe(martignyOnGuide())
    expect(sheet.rowCount).toBe(communes.length + 1)

    // A format it does not make: a French 400, no file.
    const bad = await as.coordinator.request('GET', '/region/export?format=pdf')
    expect(bad.status).toBe(400)
    expect(String(bad.json.raw)).toContain('Format inconnu')
  })

  it('lists the communes not started: Sion and Martigny have answered, the others with nothing in Relais have not', async () => {
    const picture = (await loadRegionalPicture(payload, await user(people.coordinator.id), {})) as StaffPicture
    expect(picture.audience).toBe('staff')
    expect(picture.notStarted).not.toContain(people.communeA.name)
    expect(picture.notStarted).not.toContain(people.communeB.name)
    const started = new Set(
      (await payload.find({ collection: 'commune-registers', limit: 0 })).docs.map((r) =>
        typeof r.commune === 'object' ? r.commune.id : r.commune,
      ),
    )
    const untouched = communes.filter((c) => c.id !== people.communeA.id && c.id !== people.communeB.id && !started.has(c.id))
    for (const commune of untouched.slice(0, 5)) expect(picture.notStarted).toContain(commune.name)
  })
})

describe('the COPIL’s anonymised picture', () => {
  const topClass = (picture: CopilPicture) => picture.guides.find((g) => g.id === guide.id)!.classes.find((c) => c.valueClass.level === 4)!

  it('hides a class that 1 or 2 communes stand behind, shows it from 3, and never names a commune', async () => {
    const copil = await user(people.copil.id)
    const before = (await loadRegionalPicture(payload, copil, {})) as CopilPicture
    expect(before.audience).toBe('copil')
    expect(topClass(before).count).toBeNull() // only Sion at 75 % or more
    // …and the other communes' count too: the total minus it would give Sion's class back.
    expect(before.guides.find((g) => g.id === guide.id)!.classes.find((c) => c.valueClass.level === 1)!.count).toBeNull()
    const onePerCent = before.guides.find((g) => g.id === guide.id)!
    expect(onePerCent.median).toBe(0)
    expect(JSON.stringify(before)).not.toContain(people.communeA.name)

    const page = String((await as.copil.request('GET', '/region')).json?.raw).replaceAll('<!-- -->', '')
    expect(page).toContain('data-testid="distribution"')
    expect(page).toContain('masqué')
    expect(page).not.toContain(`data-commune=`)
    expect(page).not.toContain('data-testid="matrix"')

    // Two more communes complete the guide: three stand behind the class, the number shows.
    const others = communes.filter((c) => c.id !== people.communeA.id && c.id !== people.communeB.id).slice(0, 2)
    for (const commune of others) for (const key of guide.keys) await answer(commune.id, key, 'done')
    const after = (await loadRegionalPicture(payload, copil, {})) as CopilPicture
    expect(topClass(after).count).toBe(3)
  })

  it('answers 403 to a member of a commune, and the export to the COPIL', async () => {
    expect((await as['member A'].request('GET', '/region')).status).toBe(403)
    expect((await as.copil.request('GET', '/region/export?format=csv')).status).toBe(403)
    expect(await loadRegionalPicture(payload, await user(people['member A'].id), {})).toBeNull()
  })
})

describe('the monthly snapshots and the trend', () => {
  const perMonth = () => communes.length * indicators.length

  it('takes one snapshot per month, indicator and commune, however often and on however many instances it runs', async () => {
    expect(await takeIndicatorSnapshots(payload, new Date('2026-03-10T08:00:00Z'))).toBe(perMonth())
    expect(await takeIndicatorSnapshots(payload, new Date('2026-03-28T08:00:00Z'))).toBe(0)
    expect(await snapshotsOf('2026-03')).toBe(perMonth())
    // The next month: another snapshot.
    expect(await takeIndicatorSnapshots(payload, new Date('2026-04-02T08:00:00Z'))).toBe(perMonth())
    expect(await snapshotsOf('2026-04')).toBe(perMonth())
    // Two instances at the same moment: the unique index keeps one.
    const [a, b] = await Promise.all([
      takeIndicatorSnapshots(payload, new Date('2026-05-01T06:00:00Z')),
      takeIndicatorSnapshots(payload, new Date('2026-05-01T06:00:00Z')),
    ])
    expect(a + b).toBe(perMonth())
    expect(await snapshotsOf('2026-05')).toBe(perMonth())
    // Months are Zurich months: 31 May 23:30 UTC is already June in Sion.
    await takeIndicatorSnapshots(payload, new Date('2026-05-31T23:30:00Z'))
    expect(await snapshotsOf('2026-06')).toBe(perMonth())
  })

  it('runs as the scheduled job through the jobs queue, once per month', async () => {
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', year: 'numeric', month: '2-digit' }).format(new Date())
    for (let run = 0; run < 2; run++) {
      await payload.jobs.queue({ task: 'indicatorSnapshots', input: {}, queue: 'daily' })
      await payload.jobs.run({ queue: 'daily' })
    }
    expect(await snapshotsOf(month)).toBe(perMonth())
  })

  it('gives the median per month under the anonymity rule, and the communes’ values to staff only', async () => {
    const insert = (month: string, commune: number, value: number) =>
      poolOf(payload).query(
        `insert into indicator_snapshots (indicator, commune_id, month, value, updated_at, created_at) values ('checklist-completion', $1, $2, $3, now(), now())`,
        [commune, month, value],
      )
    const [c1, c2, c3] = communes
    await insert('2024-01', c1!.id, 10)
    await insert('2024-01', c2!.id, 30)
    await insert('2024-02', c1!.id, 10)
    await insert('2024-02', c2!.id, 30)
    await insert('2024-02', c3!.id, 80)
    const trend = await loadIndicatorTrend(payload, new Date('2024-01-15'), new Date('2024-02-15'))
    const points = trend.find((t) => t.key === 'checklist-completion')!.points
    expect(points.map((p) => [p.month, p.median, p.communes])).toEqual([
      ['2024-01', null, 2],
      ['2024-02', 30, 3],
    ])
    expect(points[0]!.byCommune).toBeUndefined()
    const staff = await loadIndicatorTrend(payload, new Date('2024-01-15'), new Date('2024-02-15'), await user(people.coordinator.id))
    expect(staff.find((t) => t.key === 'checklist-completion')!.points[1]!.byCommune?.get(c3!.id)).toBe(80)
    const copil = await loadIndicatorTrend(payload, new Date('2024-01-15'), new Date('2024-02-15'), await user(people.copil.id))
    expect(copil.find((t) => t.key === 'checklist-completion')!.points[1]!.byCommune).toBeUndefined()
  })
})
