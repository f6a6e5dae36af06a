/**
 * Search as a whole, on the real PostgreSQL engine: content reaches the index through the jobs queue after
 * each write (and leaves it when unpublished or deleted), a broken engine never fails a save, the reindex
 * check finds what is missing or stale, and the HTTP endpoints refuse bad input in French.
 */

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { searchDocument } from '@/search/document'
import { searchEngine } from '@/search/engine'
import { checkSearchIndex, rebuildSearchIndex } from '@/search/indexer'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { npmScript } from '@tests/helpers/npmScript'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, PASSWORD, type People } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'

let payload: Payload
let people: People
let server: RunningServer
let member: Client
let databaseUrl: string

/** `npm run reindex` as an operator runs it, against this spec's database (tests/helpers/npmScript.ts). */
const reindexCommand = (...args: string[]) => npmScript('reindex', args, { DATABASE_URL: databaseUrl })

const find = async (q: string) => (await searchEngine(payload).search({ q, grants: 'all' })).hits
const urls = async (q: string) => (await find(q)).map((hit) => hit.url)
const runSearchJobs = () => payload.jobs.run({ queue: 'search', limit: 1000 })
const pendingSearchJobs = async () =>
  (await payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'search' }, completedAt: { exists: false } } })).totalDocs

const guide = (slug: string, title: string, extra: Record<string, unknown> = {}) =>
  ({
    title,
    slug,
    theme: 'sauvegardes',
    audiences: ['personnel'],
    summary: 'Un guide pour les essais de recherche.',
    body: richTextFromBlocks([{ p: 'Le texte du guide.' }]),
    lastReviewedAt: '2026-09-01T00:00:00.000Z',
    reviewIntervalMonths: 12,
    checklist: Array.from({ length: 5 }, (_, i) => ({ key: `action-${i}`, label: `Action ${i}` })),
    _status: 'published',
    ...extra,
  }) as never

beforeAll(async () => {
  ;({ payload, databaseUrl } = await bootPayload())
  people = await createPeople(payload, 'search')
  server = await startServer(databaseUrl)
  member = client(server.url, await loginToken(server.url, people['member A'].email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
})

describe('the seeded knowledge base', () => {
  it('is indexed at the first start, without a manual reindex', async () => {
    expect(await urls('sauvegarde')).toContain('/guides/sauvegardes')
    expect((await urls('mot de pase'))[0]).toBe('/guides/mots-de-passe')
    const report = await checkSearchIndex(payload)
    expect(report).toMatchObject({ missing: [], stale: [], orphaned: [] })
    expect(report.expected).toBeGreaterThan(20)
  })
})

describe('the guides of measures 9 and 14', () => {
  const pageAsMember = async (path: string) => {
    const token = await loginToken(server.url, people['member A'].email, PASSWORD)
    const response = await fetch(`${server.url}${path}`, { headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'none' } })
    return { status: response.status, html: await response.text() }
  }

  it('are found by search from their own words', async () => {
    expect(await urls('calendrier de conservation')).toContain('/guides/cycle-de-vie-archivage')
    expect(await urls('Archives de l’Etat du Valais')).toContain('/guides/cycle-de-vie-archivage')
    expect(await urls('contrôle des habitants')).toContain('/guides/protection-donnees-metiers')
    expect(await urls('Préposé cantonal')).toContain('/guides/protection-donnees-metiers')
    const { json } = await member.request('GET', `/api/search?q=${encodeURIComponent('checklists métiers LIPDA')}`)
    expect(json.hits.map((hit: { url: string }) => hit.url)).toContain('/guides/protection-donnees-metiers')
  })

  it('appear on their measures’ pages, /mesures/9 and /mesures/14', async () => {
    for (const [path, slug] of [
      ['/mesures/9', 'cycle-de-vie-archivage'],
      ['/mesures/14', 'protection-donnees-metiers'],
    ] as const) {
      const { status, html } = await pageAsMember(path)
      expect(status, path).toBe(200)
      expect(html, path).toContain(`href="/guides/${slug}"`)
    }
  })
})

describe('the guides of measures 16, 17 and 28', () => {
  it.each([
    ['inclusion-numerique', 16, 'exclusion numérique'],
    ['numerique-durable', 17, 'imprimer recto verso'],
    ['digitaliser-un-processus', 28, 'digitaliser un processus communal'],
  ])('%s is found by a member’s search and listed on the page of measure %i', async (slug, measure, query) => {
    const { status, json } = await member.request('GET', `/api/search?q=${encodeURIComponent(query)}`)
    expect(status).toBe(200)
    expect(json.hits[0]?.url, query).toBe(`/guides/${slug}`)
    const page = await member.request('GET', `/mesures/${measure}`)
    expect(page.status).toBe(200)
    expect(page.json.raw).toContain(`href="/guides/${slug}"`)
  })
})

describe('sync after each write, through the jobs queue', () => {
  it('indexes a published guide once its job has run', async () => {
    await payload.create({ collection: 'guides', data: guide('zanzibar', 'Archivage à Zanzibar') })
    expect(await pendingSearchJobs()).toBeGreaterThan(0)
    await runSearchJobs()
    expect(await urls('zanzibar')).toEqual(['/guides/zanzibar'])
    expect(await pendingSearchJobs()).toBe(0)
  })

  it('never indexes a draft, nor the draft changes of a published guide', async () => {
    await payload.create({ collection: 'guides', data: guide('ebauche', 'Ébauche sur les Tamaris', { _status: 'draft' }), draft: true })
    const { docs } = await payload.find({ collection: 'guides', where: { slug: { equals: 'zanzibar' } } })
    await payload.update({
      collection: 'guides',
      id: docs[0]!.id,
      data: { title: 'Archivage à Oulan-Bator', _status: 'draft' } as never,
      draft: true,
    })
    await runSearchJobs()
    expect(await urls('tamaris')).toEqual([])
    expect(await urls('oulan')).toEqual([])
    expect(await urls('zanzibar')).toEqual(['/guides/zanzibar'])
  })

  it('follows an edit, then an unpublish', async () => {
    const { docs } = await payload.find({ collection: 'guides', where: { slug: { equals: 'zanzibar' } } })
    await payload.update({
      collection: 'guides',
      id: docs[0]!.id,
      data: { title: 'Archivage à Valparaiso', _status: 'published' } as never,
    })
    await runSearchJobs()
    expect(await urls('valparaiso')).toEqual(['/guides/zanzibar'])
    expect(await urls('zanzibar')).toEqual([])
    await payload.update({ collection: 'guides', id: docs[0]!.id, data: { _status: 'draft' } as never })
    await runSearchJobs()
    expect(await urls('valparaiso')).toEqual([])
  })

  it('removes deleted content', async () => {
    const faq = await payload.create({
      collection: 'faqs',
      data: { question: 'Que faire du vieux Minitel ?', answer: richTextFromBlocks([{ p: 'Le recycler.' }]), theme: 'relais' },
    })
    await runSearchJobs()
    expect(await urls('minitel')).toEqual([`/faq?question=${faq.id}#question-${faq.id}`])
    await payload.delete({ collection: 'faqs', id: faq.id })
    await runSearchJobs()
    expect(await urls('minitel')).toEqual([])
  })

  it('saves even when the engine is broken, and catches up once it is back', async () => {
    const pool = poolOf(payload)
    await pool.query('alter table search_documents rename to search_documents_away')
    try {
      const template = await payload.create({
        collection: 'templates',
        data: {
          title: 'Convention avec Hyperion',
          slug: 'convention-hyperion',
          category: 'pilotage',
          description: 'Un modèle de convention.',
        },
      })
      expect(template.id).toBeGreaterThan(0)
      await runSearchJobs()
      expect(await pendingSearchJobs()).toBe(1)
    } finally {
      await pool.query('alter table search_documents_away rename to search_documents')
    }
    // The failed job is retried after its back-off (2 s, then longer).
    const deadline = Date.now() + 20_000
    while ((await urls('hyperion')).length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      await runSearchJobs()
    }
    expect(await urls('hyperion')).toEqual(['/modeles/convention-hyperion'])
  })
})

describe('reindex', () => {
  it('reports entries missing, stale or left over, and a rebuild repairs them', async () => {
    const engine = searchEngine(payload)
    const [first] = (await find('sauvegarde')).filter((hit) => hit.url === '/guides/sauvegardes')
    const [second] = (await find('mots de passe')).filter((hit) => hit.url === '/guides/mots-de-passe')
    await engine.remove([first!.key])
    const fingerprints = await engine.fingerprints()
    await engine.upsert([
      {
        ...searchDocument({
          collection: 'guides',
          docId: second!.key.split(':')[1]!,
          type: 'guide',
          title: 'Ancien titre',
          text: '',
          url: second!.url,
          visibility: 'members',
        }),
      },
      searchDocument({
        collection: 'guides',
        docId: '999999',
        type: 'guide',
        title: 'Guide supprimé',
        text: '',
        url: '/guides/supprime',
        visibility: 'members',
      }),
    ])
    expect(fingerprints.has(first!.key)).toBe(false)
    const report = await checkSearchIndex(payload)
    expect(report.missing).toEqual([first!.key])
    expect(report.stale).toEqual([second!.key])
    expect(report.orphaned).toEqual(['guides:999999'])

    await rebuildSearchIndex(payload)
    expect(await checkSearchIndex(payload)).toMatchObject({ missing: [], stale: [], orphaned: [] })
    expect(await urls('sauvegarde')).toContain('/guides/sauvegardes')
  })

  it('`npm run reindex -- --check` reports in French and fails on a gap; `npm run reindex` repairs it', async () => {
    const [hit] = await find('restauration')
    await searchEngine(payload).remove([hit!.key])
    const check = await reindexCommand('--check')
    expect(check.code).toBe(1)
    expect(check.output).toContain(`1 manquantes : ${hit!.key}`)
    expect(check.output).toContain('Index incohérent')

    const rebuild = await reindexCommand()
    expect(rebuild.code, rebuild.output).toBe(0)
    expect(rebuild.output).toMatch(/\[#+\] \d+\/\d+ \(100 %\)/)
    expect(rebuild.output).toContain('Index cohérent.')
    expect(await urls('restauration')).toContain(hit!.url)
    // Two cold starts of the script (tsx compiles the whole config) take over a minute on a busy 2-core CI runner, and
    // a start that printed nothing in 180 s is run again (tests/helpers/npmScript.ts).
  }, 600_000)
})

describe('GET /api/search and /api/search/suggest', () => {
  it('answer a member with hits, counts by type and highlighted excerpts', async () => {
    const { status, json } = await member.request('GET', '/api/search?q=restauration')
    expect(status).toBe(200)
    expect(json.hits[0].url).toBe('/guides/sauvegardes')
    expect(json.byType.guide).toBeGreaterThan(0)
    expect(json.hits[0].excerpt.some((piece: { match: boolean; text: string }) => piece.match && /restauration/i.test(piece.text))).toBe(
      true,
    )
    const suggest = await member.request('GET', '/api/search/suggest?q=sauvgarde')
    expect(suggest.json.suggestions[0]).toMatchObject({ url: '/guides/sauvegardes', type: 'guide' })
  })

  it('refuse anonymous requests', async () => {
    const { status, json } = await client(server.url, null).request('GET', '/api/search?q=sauvegarde')
    expect(status).toBe(401)
    expect(json.errors[0].message).toBe('Connectez-vous pour rechercher.')
  })

  it.each([
    ['q=a', 'Saisissez au moins 2 caractères.'],
    ['', 'Saisissez au moins 2 caractères.'],
    [`q=${'a'.repeat(201)}`, 'La recherche est limitée à 200 caractères.'],
    ['q=sauvegarde&type=recette', 'Type de résultat inconnu : « recette ».'],
    ['q=sauvegarde&page=abc', 'Le numéro de page doit être compris entre 1 et 50.'],
    ['q=sauvegarde&page=0', 'Le numéro de page doit être compris entre 1 et 50.'],
  ])('refuse bad input (%s) with a French message', async (query, message) => {
    for (const path of ['/api/search', '/api/search/suggest']) {
      const { status, json } = await member.request('GET', `${path}?${query}`)
      expect(status).toBe(400)
      expect(json.errors[0].message).toBe(message)
    }
  })

  it('take any text safely: operators, quotes and SQL are just words', async () => {
    for (const q of ["sauvegarde' or 1=1 --", 'mot & ! | ( :* passe', '"\\\\<script>', '%_%']) {
      const { status } = await member.request('GET', `/api/search?q=${encodeURIComponent(q)}`)
      expect(status, q).toBe(200)
    }
    const { json } = await member.request('GET', `/api/search?q=${encodeURIComponent("sauvegarde' or 1=1 --")}`)
    expect(json.hits.map((hit: { url: string }) => hit.url)).toContain('/guides/sauvegardes')
  })
})

describe('in the running app (jobs on)', () => {
  it('a guide published over the API is findable within seconds, without anyone running the queue', async () => {
    const live = await startServer(databaseUrl, { RELAIS_JOBS: 'on' })
    try {
      const coordinator = client(live.url, await loginToken(live.url, people.coordinator.email, PASSWORD))
      const created = await coordinator.request('POST', '/api/guides', guide('kilimandjaro', 'Archives du Kilimandjaro'))
      expect(created.status).toBe(201)
      const reader = client(live.url, await loginToken(live.url, people['member B'].email, PASSWORD))
      const deadline = Date.now() + 30_000
      let found: string[] = []
      while (!found.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        const { json } = await reader.request('GET', '/api/search?q=kilimandjaro')
        found = (json.hits ?? []).map((hit: { url: string }) => hit.url)
      }
      expect(found).toEqual(['/guides/kilimandjaro'])
    } finally {
      await live.stop()
    }
  })
})
