/**
 * The map of initiatives and the actors over real HTTP and PostgreSQL: shading counts by commune with the
 * filters, drafts kept off the map, the commune panel, the seeded ecosystem, and search over the public parts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mapData } from '@/map/mapData'
import type { User } from '@/payload-types'
import { actors } from '@seed/content/actors'
import { initiatives } from '@seed/content/initiatives'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, PASSWORD, type People } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'

let payload: Payload
let people: People
let server: RunningServer
let member: Client
let coordinator: Client
let memberUser: User

const html = async (who: Client, path: string) => {
  const { status, json } = await who.request('GET', path)
  expect(status, path).toBe(200)
  return String(json.raw).replaceAll('<!-- -->', '')
}
/** The count a commune's shape carries on the map, read from the page. */
const shapeOf = (page: string, ofs: number) =>
  new RegExp(`<path d="[^"]+" class="commune-shape (shade-\\d)[^"]*" data-ofs="${ofs}" data-count="(\\d+)"`).exec(page)?.slice(1)

beforeAll(async () => {
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload())
  people = await createPeople(payload, 'map')
  const actor = async (slug: string) => (await payload.find({ collection: 'actors', where: { slug: { equals: slug } } })).docs[0]!.id
  const base = {
    lead: await actor('arvr'),
    summary: 'Une initiative de test.',
    level: 'intercommunal' as const,
    stage: 'en-cours' as const,
  }
  const make = (title: string, slug: string, data: Record<string, unknown>, status: 'published' | 'draft' = 'published') =>
    payload.create({
      collection: 'initiatives',
      data: { ...base, title, slug, ...data, _status: status } as never,
      draft: status === 'draft',
    })
  const { communeA: sion, communeB: martigny } = people
  await make('Initiative Céladon', 'celadon', { themes: ['cybersecurite'], communes: [sion.id, martigny.id] })
  await make('Initiative Garance', 'garance', { themes: ['formation'], level: 'communal', stage: 'realisee', communes: [sion.id] })
  await make('Initiative Brouillard', 'brouillard', { themes: ['cybersecurite'], communes: [sion.id, martigny.id] }, 'draft')
  await make('Initiative Azurée', 'azuree', { themes: ['cybersecurite'], level: 'regional', allCommunes: true })
  await payload.jobs.run({ queue: 'search', limit: 1000 })
  memberUser = (await payload.findByID({ collection: 'users', id: people['member A'].id, depth: 0 })) as User
  server = await startServer(databaseUrl)
  member = client(server.url, await loginToken(server.url, people['member A'].email, PASSWORD))
  coordinator = client(server.url, await loginToken(server.url, people.coordinator.email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
})

describe('the map', () => {
  const countsOf = async (filters: Parameters<typeof mapData>[2]) => {
    const data = await mapData(payload, memberUser, filters)
    return Object.fromEntries(data.communes.filter((c) => c.count > 0).map((c) => [c.name, c.count]))
  }

  it('counts, for each commune, the published initiatives that name it, with every filter', async () => {
    expect(await countsOf({})).toEqual({ Sion: 2, Martigny: 1 })
    expect(await countsOf({ theme: 'cybersecurite' })).toEqual({ Sion: 1, Martigny: 1 })
    expect(await countsOf({ level: 'communal' })).toEqual({ Sion: 1 })
    expect(await countsOf({ status: 'realisee' })).toEqual({ Sion: 1 })
    expect(await countsOf({ theme: 'inclusion' })).toEqual({})
    const regionWide = (await mapData(payload, memberUser, { theme: 'cybersecurite' })).regionWide.map((i) => i.title)
    expect(regionWide).toContain('Initiative Azurée')
    expect(regionWide).not.toContain('Initiative Céladon')
  })

  it('draws the 59 communes shaded by those counts, and keeps drafts off the map even for coordinators', async () => {
    for (const who of [member, coordinator]) {
      const page = await html(who, '/carte')
      expect(page.match(/class="commune-shape /g)).toHaveLength(59)
      expect(shapeOf(page, 6266)).toEqual(['shade-4', '2'])
      expect(shapeOf(page, 6136)).toEqual(['shade-2', '1'])
      expect(shapeOf(page, 6021)).toEqual(['shade-0', '0'])
      // A member of Sion is told it is her commune; a coordinator (no commune) is not.
      expect(page).toContain(who === member ? 'aria-label="Sion : 2 initiatives (votre commune)"' : 'aria-label="Sion : 2 initiatives"')
      expect(page).not.toContain('Brouillard')
    }
  })

  it('lists a commune’s initiatives for the filters chosen, and ignores filters it does not know', async () => {
    const page = await html(member, '/carte?theme=cybersecurite&commune=6266')
    const panel = page.slice(page.indexOf('id="commune"'), page.indexOf('id="region"'))
    expect(panel).toContain('Sion : 1 initiative</h2>')
    expect(panel).toContain('Initiative Céladon')
    expect(panel).not.toContain('Initiative Garance')
    expect(shapeOf(page, 6266)).toEqual(['shade-4', '1'])
    expect(page).toContain('aria-current="true"')
    const odd = await html(member, '/carte?theme=%3Cscript%3Ealert(1)%3C/script%3E&level=x&commune=abc')
    expect(odd).not.toContain('<script>alert(1)')
    expect(shapeOf(odd, 6266)).toEqual(['shade-4', '2'])
    expect(odd).toContain('Choisissez une commune')
  })

  it('shows a published initiative’s page with its actors and measures; a draft’s page is not found', async () => {
    const page = await html(member, '/initiatives/cellule-reaction-rapide-cyberattaque')
    expect(page).toContain('href="/acteurs/sscm"')
    expect(page).toContain('href="/mesures/30"')
    expect((await member.request('GET', '/initiatives/brouillard')).status).toBe(404)
    expect((await member.request('GET', '/api/initiatives?where[slug][equals]=brouillard')).json.totalDocs).toBe(0)
  })
})

describe('the ecosystem', () => {
  it('seeds every actor and initiative of the sources, linked to their lead actor and measures', async () => {
    const seededActors = await payload.find({ collection: 'actors', limit: 0, pagination: false })
    expect(seededActors.docs.map((a) => a.slug).sort()).toEqual(actors.map((a) => a.slug).sort())
    const seeded = await payload.find({
      collection: 'initiatives',
      where: { slug: { in: initiatives.map((i) => i.slug) } },
      limit: 0,
      pagination: false,
      depth: 1,
    })
    expect(seeded.docs).toHaveLength(initiatives.length)
    for (const initiative of seeded.docs) {
      const source = initiatives.find((i) => i.slug === initiative.slug)!
      expect((initiative.lead as { slug: string }).slug, initiative.slug).toBe(source.lead)
      expect((initiative.measures ?? []).map((m) => (m as { number: number }).number).sort(), initiative.slug).toEqual(
        [...source.measureNumbers].sort(),
      )
      expect(initiative._status).toBe('published')
    }
  })

  it('shows the overview level by level, and each actor with its missions and initiatives', async () => {
    const overview = await html(member, '/acteurs')
    const levels = ['Fédéral', 'Cantonal', 'Régional', 'Intercommunal', 'Communal', 'Partenaires académiques, associatifs et privés']
    const positions = levels.map((label) => overview.indexOf(`>${label}</h2>`))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    const arvr = actors.find((a) => a.slug === 'arvr')!
    const page = await html(member, '/acteurs/arvr')
    for (const mission of arvr.missions) expect(page).toContain(mission.replaceAll("'", '&#x27;'))
    expect(page).toContain('Initiative Céladon')
    // The SCI leads the online training and is a partner of the phishing tests.
    const sci = await html(member, '/acteurs/sci')
    expect(sci).toContain('href="/initiatives/formation-cybersecurite-personnel-communal"')
    expect(sci).toContain('href="/initiatives/tests-phishing"')
    expect(sci).not.toContain('href="/initiatives/smarter"')
  })

  it('finds actors, initiatives and the contract checklist in search, never a draft', async () => {
    const hits = async (q: string) =>
      ((await member.request('GET', `/api/search?q=${encodeURIComponent(q)}`)).json.hits ?? []).map((h: { url: string }) => h.url)
    expect(await hits('SSCM')).toContain('/acteurs/sscm')
    expect(await hits('cellule de réaction rapide')).toContain('/initiatives/cellule-reaction-rapide-cyberattaque')
    expect(await hits('réversibilité')).toContain('/contrats#point-reversibilite')
    expect(await hits('Céladon')).toContain('/initiatives/celadon')
    expect(await hits('Brouillard')).not.toContain('/initiatives/brouillard')
  })
})
