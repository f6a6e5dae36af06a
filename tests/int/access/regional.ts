/**
 * The access-matrix operations of the regional picture (issue 25, §3; docs/access.md): the monthly indicator
 * snapshots (read by staff, written by the system only), `/region` (staff: every commune; COPIL: anonymised; nobody
 * else), its CSV/XLSX export and the map coloured by an indicator. Checked by access-matrix-content.int.spec.ts.
 */
import * as matrix from '@tests/helpers/matrix'
import type { MatrixDomain, Operations } from '@tests/helpers/matrix'

const db = () => matrix.payload
const ids = { snapshot: 0 }

async function fixtures() {
  const { rows } = await matrix
    .poolOf()
    .query<{ id: number }>(
      `insert into indicator_snapshots (indicator, commune_id, month, value, updated_at, created_at) values ('checklist-completion', $1, '2025-01', 42, now(), now()) returning id`,
      [matrix.people.communeA.id],
    )
  ids.snapshot = rows[0]!.id
}

const snapshotValue = async () => (await db().findByID({ collection: 'indicator-snapshots', id: ids.snapshot, depth: 0 })).value

const operations: Operations = {
  'indicator-snapshots | read': ({ as }) => matrix.readById(as, 'indicator-snapshots', ids.snapshot),
  'indicator-snapshots | create': async ({ as }) => {
    const before = await db().count({ collection: 'indicator-snapshots' })
    const { status } = await as.request('POST', '/api/indicator-snapshots', {
      indicator: 'checklist-completion',
      commune: matrix.people.communeB.id,
      month: '2025-02',
      value: 1,
    })
    return matrix.tookEffect(status, (await db().count({ collection: 'indicator-snapshots' })).totalDocs > before.totalDocs)
  },
  'indicator-snapshots | update': async ({ as }) => {
    const { status } = await as.request('PATCH', `/api/indicator-snapshots/${ids.snapshot}`, { value: 99 })
    return matrix.tookEffect(status, (await snapshotValue()) === 99)
  },
  'indicator-snapshots | delete': async ({ as }) => {
    const { status } = await as.request('DELETE', `/api/indicator-snapshots/${ids.snapshot}`)
    return matrix.tookEffect(status, !(await matrix.exists('indicator-snapshots', ids.snapshot)))
  },
  'pages | read the regional picture (/region)': async ({ as }) => {
    const { status, json } = await as.request('GET', '/region')
    return matrix.tookEffect(status, status === 200 && String(json?.raw).includes('Où en est la région'))
  },
  'pages | read a commune’s value on the regional picture': async ({ as }) => {
    const { status, json } = await as.request('GET', '/region')
    return matrix.tookEffect(status, status === 200 && String(json?.raw).includes(`data-commune="${matrix.people.communeA.name}"`))
  },
  'pages | export the regional matrix (`/region/export`, CSV and XLSX)': async ({ as }) => {
    const csv = await as.request('GET', '/region/export?format=csv')
    const xlsx = await as.request('GET', '/region/export?format=xlsx')
    const csvGot = csv.status === 200 && String(csv.json?.raw).includes(matrix.people.communeA.name)
    const xlsxGot = xlsx.status === 200 && String(xlsx.json?.raw).startsWith('PK')
    matrix.tookEffect(xlsx.status, xlsxGot)
    return matrix.tookEffect(csv.status, csvGot && xlsxGot)
  },
  'pages | colour the map by an indicator (`/carte?indicateur=`)': async ({ as }) => {
    const { status, json } = await as.request('GET', '/carte?indicateur=checklist-completion')
    return matrix.tookEffect(status, status === 200 && String(json?.raw).includes('data-testid="indicator-legend"'))
  },
}

export const regional: MatrixDomain = { operations, fixtures }
