/** The Atom document, its escaping, and the pure parts of the watch (kinds, addresses, « à faire » lines, access rules). */
import { parseFeed } from '@rowanmanning/feed-parser'
import { describe, expect, it } from 'vitest'

import { changeWatchItems, createWatchItems, readWatchItems } from '@/watch/access'
import { atomFeed, html, xmlText } from '@/watch/atom'
import { watchKinds } from '@/watch/kinds'
import { watchSlug } from '@/watch/slug'
import { todoLines } from '@/watch/view'

const hostile = 'Faille « <script>alert(1)</script> » & Cie \u0001 "quotes" \'apos\' ]]>'

const feed = (entries = [entry()]) =>
  atomFeed({
    id: 'tag:relais.test,2026:veille',
    title: 'Relais — Veille',
    self: 'https://relais.test/flux/abc/veille.atom?type=cybersecurite&x=1',
    alternate: 'https://relais.test/veille',
    author: 'Antenne Région Valais romand',
    fallbackUpdated: '2026-01-01T00:00:00.000Z',
    entries,
  })

function entry(overrides: Partial<Parameters<typeof atomFeed>[0]['entries'][number]> = {}) {
  return {
    id: 'tag:relais.test,2026:veille:1',
    title: hostile,
    link: 'https://relais.test/veille/faille',
    updated: '2026-11-30T10:00:00.000Z',
    published: '2026-11-29T10:00:00.000Z',
    summary: hostile,
    html: html.paragraphs(hostile) + html.list([html.link('https://exemple.ch/?a=1&b=2', hostile)]),
    category: { term: 'cybersecurite', label: 'Cybersécurité' },
    ...overrides,
  }
}

describe('atomFeed', () => {
  it('reads back, through an independent feed parser, exactly the texts typed (control characters dropped)', () => {
    const xml = feed()
    expect(xml).not.toContain('<script>')
    const parsed = parseFeed(xml).toJSON()
    const clean = hostile.replace('\u0001', '')
    expect(parsed.meta).toEqual({ type: 'atom', version: '1.0' })
    expect(parsed.self).toBe('https://relais.test/flux/abc/veille.atom?type=cybersecurite&x=1')
    expect(parsed.authors.map((author) => author.name)).toEqual(['Antenne Région Valais romand'])
    const item = parsed.items[0]!
    expect(item.title).toBe(clean)
    expect(item.description).toBe(clean)
    // The HTML content is escaped twice: once as HTML text (the hostile title stays text in the HTML), once for XML.
    expect(xml).toContain('&lt;p&gt;Faille « &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;')
    expect(xml).toContain('&lt;a href=&quot;https://exemple.ch/?a=1&amp;amp;b=2&quot;&gt;')
    expect(item.content).toMatch(/^<p>Faille « /)
    expect(item.categories).toEqual([{ term: 'cybersecurite', label: 'Cybersécurité', url: null }])
  })

  it('dates the feed by its newest entry, or by the fallback when it is empty', () => {
    expect(feed()).toContain('<updated>2026-11-30T10:00:00.000Z</updated>')
    expect(feed([entry(), entry({ id: 'x:2', updated: '2026-12-01T08:00:00.000Z' })]).match(/<updated>[^<]+<\/updated>/)![0]).toBe(
      '<updated>2026-12-01T08:00:00.000Z</updated>',
    )
    expect(feed([])).toContain('<updated>2026-01-01T00:00:00.000Z</updated>')
    expect(feed([])).toContain('<author><name>Antenne Région Valais romand</name></author>')
  })

  it('escapes the five XML characters and drops the characters XML 1.0 forbids', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
    expect(xmlText('a\u0000b\u0008c\u000bd\ufffee\ud800f\tg\nh')).toBe('abcdef\tg\nh')
    expect(xmlText('😀')).toBe('😀')
  })
})

describe('the watch’s pure parts', () => {
  it('has exactly the five kinds of the issue', () => {
    expect(Object.keys(watchKinds)).toEqual(['cybersecurite', 'outils', 'inclusion', 'arvr-canton', 'retour-experience'])
    expect(watchKinds.outils).toBe('Outils et cyberadministration')
  })

  it('makes an address from a title and the « à faire » lines from a text', () => {
    expect(watchSlug('Cybersécurité : l’œil du Canton !')).toBe('cybersecurite-l-oeil-du-canton')
    expect(watchSlug('x'.repeat(200))).toHaveLength(80)
    expect(todoLines('- Vérifier la sauvegarde\n\n• Changer le mot de passe  \n')).toEqual([
      'Vérifier la sauvegarde',
      'Changer le mot de passe',
    ])
    expect(todoLines(null)).toEqual([])
  })

  const req = (roles: string[] | null, id = 7) => ({ req: { user: roles ? { id, roles } : null } }) as never
  const withData = (roles: string[], data: unknown) => ({ req: { user: { id: 7, roles } }, data }) as never

  it('lets members read what is published, a COTEC member also their own proposals, staff everything', () => {
    expect(readWatchItems(req(null))).toBe(false)
    expect(readWatchItems(req(['member']))).toEqual({ _status: { equals: 'published' } })
    expect(readWatchItems(req(['cotec']))).toEqual({ or: [{ _status: { equals: 'published' } }, { proposedBy: { equals: 7 } }] })
    expect(readWatchItems(req(['coordinator']))).toBe(true)
  })

  it('lets a COTEC member propose and change their own drafts, never publish; staff publish', () => {
    expect(createWatchItems(withData(['cotec'], { _status: 'draft' }))).toBe(true)
    expect(createWatchItems(withData(['cotec'], { _status: 'published' }))).toBe(false)
    expect(createWatchItems(withData(['member', 'copil'], {}))).toBe(false)
    expect(createWatchItems(withData(['coordinator'], { _status: 'published' }))).toBe(true)
    expect(changeWatchItems(withData(['cotec'], { _status: 'published' }))).toBe(false)
    expect(changeWatchItems(withData(['cotec'], { title: 'x' }))).toEqual({
      and: [{ proposedBy: { equals: 7 } }, { _status: { not_equals: 'published' } }],
    })
    expect(changeWatchItems(withData(['member'], {}))).toBe(false)
    expect(changeWatchItems(withData(['admin'], { _status: 'published' }))).toBe(true)
  })
})
