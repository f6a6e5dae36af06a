/**
 * The watch (veille, issue 24) over real HTTP and PostgreSQL against the production build: a COTEC member proposes an
 * item, which reaches no member by any path (REST, GraphQL, pages, search, feed) and which they cannot publish; the
 * coordination publishes it (announced once); members find it on /veille with its filters, on its page, on measure
 * 23's page, in search and in the Atom feeds, which an independent parser reads back; a renewed secret stops a feed.
 */
import { parseFeed } from '@rowanmanning/feed-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { calendarToken } from '@/events/feeds'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, actorNames, createPeople, PASSWORD, type People } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'

let payload: Payload
let people: People
let server: RunningServer
const as = {} as Record<ActorName, Client>

/** A page's HTML without React's text separators. */
const page = async (who: ActorName, path: string) => {
  const { status, json } = await as[who].request('GET', path)
  return { status, html: String(json?.raw ?? '').replaceAll('<!-- -->', '') }
}
const runSearchQueue = () => payload.jobs.run({ queue: 'search', limit: 1000 })
const searchHits = async (who: ActorName, q: string) =>
  ((await as[who].request('GET', `/api/search?q=${encodeURIComponent(q)}`)).json?.hits ?? []) as { url: string; type: string }[]
const tokenOf = async (who: ActorName) => calendarToken(payload, await payload.findByID({ collection: 'users', id: people[who].id }))
const feed = async (who: ActorName, query = '') => {
  const token = await tokenOf(who)
  const response = await fetch(`${server.url}/flux/${token}/veille.atom${query}`)
  return { status: response.status, type: response.headers.get('content-type'), xml: await response.text(), token }
}

beforeAll(async () => {
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload())
  people = await createPeople(payload, 'veille')
  server = await startServer(databaseUrl)
  for (const name of actorNames) as[name] = client(server.url, await loginToken(server.url, people[name].email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
})

const proposal = { title: 'Veille Sarabande : un correctif urgent', slug: '', id: 0 }

describe('a COTEC member proposes, the coordination publishes', () => {
  it('a COTEC member proposes a draft (address from its title, themself as its author); they cannot publish it', async () => {
    const created = await as.cotec.request('POST', '/api/watch-items', {
      title: proposal.title,
      kind: 'cybersecurite',
      summary: 'Un correctif Sarabande à installer.',
      measureNumbers: [23],
      sources: [{ title: 'Bulletin Sarabande', url: 'https://exemple.ch/sarabande', date: '2026-11-20' }],
      todo: 'Demander au prestataire si le correctif Sarabande est installé.',
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    proposal.id = created.json.doc.id
    proposal.slug = created.json.doc.slug
    expect(proposal.slug).toBe('veille-sarabande-un-correctif-urgent')
    const stored = await payload.findByID({ collection: 'watch-items', id: proposal.id, depth: 0, draft: true })
    expect(stored).toMatchObject({ _status: 'draft', proposedBy: people.cotec.id, publishedAt: null })

    const publish = await as.cotec.request('PATCH', `/api/watch-items/${proposal.id}`, { _status: 'published' })
    expect(publish.status).toBe(403)
    const direct = await as.cotec.request('POST', '/api/watch-items', {
      title: 'Veille Gigue',
      kind: 'outils',
      summary: 'Gigue.',
      _status: 'published',
    })
    expect(direct.status).toBe(403)
    expect((await payload.count({ collection: 'watch-items', where: { title: { equals: 'Veille Gigue' } } })).totalDocs).toBe(0)
    const graphql = await as.cotec.request('POST', '/api/graphql', {
      query: `mutation { updateWatchItem(id: ${proposal.id}, data: { _status: published }) { id } }`,
    })
    expect(JSON.stringify(graphql.json)).not.toContain('"updateWatchItem":{"id"')
    expect((await payload.findByID({ collection: 'watch-items', id: proposal.id, depth: 0 }))._status).toBe('draft')
    // Another committee member cannot change it.
    expect((await as.copil.request('PATCH', `/api/watch-items/${proposal.id}`, { summary: 'Réécrit.' })).status).toBe(403)
  })

  it('the draft reaches no member: REST, GraphQL, /veille, its page, the measure, search and the feed', async () => {
    await runSearchQueue()
    for (const who of ['member A', 'copil'] as const) {
      const rest = await as[who].request('GET', '/api/watch-items?draft=true&limit=100')
      expect(JSON.stringify(rest.json)).not.toContain('Sarabande')
      const graphql = await as[who].request('POST', '/api/graphql', { query: '{ WatchItems(draft: true, limit: 100) { docs { title } } }' })
      expect(JSON.stringify(graphql.json)).not.toContain('Sarabande')
      expect((await as[who].request('GET', `/api/watch-items/${proposal.id}?draft=true`)).status).toBe(404)
      expect((await page(who, '/veille')).html).not.toContain('Sarabande')
      expect((await page(who, `/veille/${proposal.slug}`)).status).toBe(404)
      expect((await page(who, '/mesures/23')).html).not.toContain('Sarabande')
      expect((await searchHits(who, 'Sarabande')).filter((hit) => hit.type === 'veille')).toEqual([])
      expect((await feed(who)).xml).not.toContain('Sarabande')
    }
    // Even its author sees it in the API only, never in the pages' lists nor in a feed.
    expect((await as.cotec.request('GET', `/api/watch-items/${proposal.id}`)).status).toBe(200)
    expect((await page('cotec', '/veille')).html).not.toContain('Sarabande')
    expect((await feed('cotec')).xml).not.toContain('Sarabande')
  })

  it('the coordinator publishes it: dated and announced once, and a later draft of it stays with the coordination', async () => {
    const published = await as.coordinator.request('PATCH', `/api/watch-items/${proposal.id}`, { _status: 'published' })
    expect(published.status).toBe(200)
    const first = await payload.findByID({ collection: 'watch-items', id: proposal.id, depth: 0 })
    expect(first._status).toBe('published')
    expect(first.publishedAt).toBeTruthy()
    expect(first.announcedAt).toBeTruthy()
    // A newer draft (the admin's « Enregistrer le brouillon »), then a second publication: announced only the first time.
    const draft = await as.coordinator.request('PATCH', `/api/watch-items/${proposal.id}?draft=true`, {
      summary: 'Brouillon Bourrée en cours.',
      _status: 'draft',
    })
    expect(draft.status).toBe(200)
    await runSearchQueue()
    expect((await page('member A', `/veille/${proposal.slug}`)).html).not.toContain('Bourrée')
    expect(JSON.stringify((await as['member A'].request('GET', `/api/watch-items/${proposal.id}?draft=true`)).json)).not.toContain(
      'Bourrée',
    )
    expect((await feed('member A')).xml).not.toContain('Bourrée')
    expect((await searchHits('member A', 'Bourrée')).filter((hit) => hit.type === 'veille')).toEqual([])
    await as.coordinator.request('PATCH', `/api/watch-items/${proposal.id}`, {
      summary: 'Un correctif Sarabande à installer.',
      _status: 'published',
    })
    const second = await payload.findByID({ collection: 'watch-items', id: proposal.id, depth: 0 })
    expect(second.announcedAt).toBe(first.announcedAt)
    expect(second.publishedAt).toBe(first.publishedAt)
  })
})

describe('members find a published item', () => {
  it('on /veille, filtered by kind and by measure through GET parameters (no JavaScript), newest first', async () => {
    const all = (await page('member A', '/veille')).html
    expect(all).toContain(proposal.title)
    expect(all).toContain('S’abonner dans Outlook ou Thunderbird')
    expect(all).toMatch(/\/flux\/[A-Za-z0-9_-]{32}\/veille\.atom/)
    // Newest first: the item just published comes before the seeded ones.
    expect(all.indexOf(proposal.title)).toBeLessThan(all.indexOf('Veille cybersécurité : les constats'))
    expect((await page('member A', '/veille?type=cybersecurite')).html).toContain(proposal.title)
    expect((await page('member A', '/veille?type=outils')).html).not.toContain(proposal.title)
    expect((await page('member A', '/veille?type=cybersecurite&mesure=23')).html).toContain(proposal.title)
    const other = (await page('member A', '/veille?mesure=21')).html
    expect(other).not.toContain(proposal.title)
    expect(other).toContain('Outils de cyberadministration : une veille neutre')
    // Unknown filters and pages are ignored, never an error.
    for (const path of ['/veille?type=inconnu&mesure=99&page=abc', '/veille?mesure=%00', '/veille?page=999'])
      expect((await page('member A', path)).status).toBe(200)
    expect((await page('member A', '/veille/%00')).status).toBe(404)
    expect((await page('member A', '/veille/pas-une-veille')).status).toBe(404)
  })

  it('on its page (summary, « à faire » box, sources with dates, measure), on measure 23’s page and in search', async () => {
    const item = (await page('member A', `/veille/${proposal.slug}`)).html
    expect(item).toContain('À faire dans votre commune')
    expect(item).toContain('Demander au prestataire si le correctif Sarabande est installé.')
    expect(item).toContain('href="https://exemple.ch/sarabande"')
    expect(item).toContain('20 novembre 2026')
    expect(item).toContain('href="/mesures/23"')
    const measure = (await page('member A', '/mesures/23')).html
    expect(measure).toContain('id="watch"')
    expect(measure).toContain(proposal.title)
    expect(measure).toContain('Veille cybersécurité : les constats de l’atelier de la stratégie')
    // Measure 24 is alive too (its seeded item); a measure without a watch item has no section.
    expect((await page('member A', '/mesures/24')).html).toContain('Inclusion numérique : partager les initiatives')
    expect((await page('member A', '/mesures/2')).html).not.toContain('id="watch"')
    await runSearchQueue()
    const hits = await searchHits('member A', 'Sarabande')
    expect(hits[0]).toMatchObject({ url: `/veille/${proposal.slug}`, type: 'veille' })
  })
})

describe('the Atom feeds', () => {
  const hostile = 'Faille « <script>alert(1)</script> » & Cie "guillemets" \'apostrophe\''

  it('are valid Atom 1.0 read back by an independent parser: ids, dates, author, links, escaped texts, no draft', async () => {
    const created = await payload.create({
      collection: 'watch-items',
      data: {
        title: hostile,
        kind: 'retour-experience',
        summary: `${hostile} — résumé.`,
        body: richTextFromBlocks([{ p: 'Texte <b>gras</b> & plus.' }]),
        _status: 'published',
      },
      draft: false,
    })
    await payload.create({
      collection: 'watch-items',
      data: { title: 'Veille Menuet en brouillon', kind: 'retour-experience', summary: 'Menuet.', _status: 'draft' },
      draft: true,
    })
    const { status, type, xml, token } = await feed('member A')
    expect(status).toBe(200)
    expect(type).toBe('application/atom+xml; charset=utf-8')
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true)
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('Menuet')
    const parsed = parseFeed(xml).toJSON()
    expect(parsed.meta).toEqual({ type: 'atom', version: '1.0' })
    expect(parsed.title).toBe('Relais — Veille')
    expect(parsed.self).toBe(`${server.url}/flux/${token}/veille.atom`)
    expect(parsed.url).toBe(`${server.url}/veille`)
    expect(parsed.authors[0]?.name).toBe('Antenne Région Valais romand')
    expect(parsed.updated).toBeTruthy()
    // Every entry: an id (never the secret), a date, a link to its page; the hostile title reads back as typed.
    for (const entry of parsed.items) {
      expect(entry.id).toMatch(/^tag:127\.0\.0\.1,2026:veille:\d+$/)
      expect(entry.updated).toBeTruthy()
      expect(entry.url).toMatch(new RegExp(`^${server.url}/veille/[a-z0-9-]+$`))
    }
    expect(xml).not.toMatch(new RegExp(`<id>[^<]*${token}`))
    const hostileEntry = parsed.items.find((entry) => entry.id?.endsWith(`:${created.id}`))!
    expect(hostileEntry.title).toBe(hostile)
    expect(hostileEntry.description).toBe(`${hostile} — résumé.`)
    expect(hostileEntry.categories[0]).toMatchObject({ term: 'retour-experience', label: 'Retour d’expérience' })
    expect(hostileEntry.published).toBeTruthy()
    const titles = parsed.items.map((entry) => entry.title)
    expect(titles).toContain(proposal.title)
    expect(titles).not.toContain('Veille Menuet en brouillon')
  })

  it('one per kind; an unknown kind is refused in French; a renewed secret or a disabled account stops every link', async () => {
    const cyber = await feed('member B', '?type=cybersecurite')
    expect(cyber.status).toBe(200)
    const titles = parseFeed(cyber.xml)
      .toJSON()
      .items.map((entry) => entry.title)
    expect(titles).toContain(proposal.title)
    expect(titles).not.toContain('Outils de cyberadministration : une veille neutre, nourrie par les communes')
    expect(parseFeed(cyber.xml).toJSON().title).toBe('Relais — Veille : Cybersécurité')
    const unknown = await feed('member B', '?type=inconnu')
    expect(unknown.status).toBe(400)
    expect(unknown.xml).toContain('Type inconnu')

    const old = await tokenOf('validator A')
    await calendarToken(payload, await payload.findByID({ collection: 'users', id: people['validator A'].id }), { renew: true })
    expect((await fetch(`${server.url}/flux/${old}/veille.atom`)).status).toBe(404)
    expect((await fetch(`${server.url}/flux/${old}/veille.atom?type=cybersecurite`)).status).toBe(404)
    expect((await feed('validator A')).status).toBe(200)

    const copilToken = await tokenOf('copil')
    await payload.update({ collection: 'users', id: people.copil.id, data: { disabled: true } })
    expect((await fetch(`${server.url}/flux/${copilToken}/veille.atom`)).status).toBe(404)
    expect((await fetch(`${server.url}/flux/pas-un-secret/veille.atom`)).status).toBe(404)
  })
})

describe('bad input', () => {
  it('an item with a source address other than https is refused in French, with nothing written', async () => {
    const answer = await as.coordinator.request('POST', '/api/watch-items', {
      title: 'Veille Pavane',
      kind: 'outils',
      summary: 'Pavane.',
      sources: [{ title: 'Lien', url: 'javascript:alert(1)' }],
      _status: 'published',
    })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.json)).toContain('https://')
    expect((await payload.count({ collection: 'watch-items', where: { title: { equals: 'Veille Pavane' } } })).totalDocs).toBe(0)
    const unknownKind = await as.coordinator.request('POST', '/api/watch-items', {
      title: 'Veille Volte',
      kind: 'inconnu',
      summary: 'Volte.',
    })
    expect(unknownKind.status).toBe(400)
  })
})
