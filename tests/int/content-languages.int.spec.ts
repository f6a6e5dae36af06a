/**
 * Content in both languages (issue 26), on the real PostgreSQL: the migration that localizes the content keeps every
 * French text (down and up again on a seeded database), the loaders read the reader's language with French as the
 * fallback and say which language they show, and search finds a German word in German content, with German
 * stemming, for German readers only, while French readers keep the French guide.
 */

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { loadFaqs } from '@/faqs/view'
import { loadGuide, loadGuideCards } from '@/guides/view'
import * as contentLanguages from '@/migrations/20261201_025003_content_languages'
import type { User } from '@/payload-types'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { searchEngine } from '@/search/engine'
import { checkSearchIndex } from '@/search/indexer'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, type People } from '@tests/helpers/people'

let payload: Payload
let people: People
let member: User

const runSearchJobs = () => payload.jobs.run({ queue: 'search', limit: 1000 })

const guide = (slug: string, title: string, summary: string) =>
  ({
    title,
    slug,
    theme: 'sauvegardes',
    audiences: ['personnel'],
    summary,
    body: richTextFromBlocks([{ p: 'Choisissez des phrases de passe longues et différentes pour chaque service.' }]),
    lastReviewedAt: '2026-09-01T00:00:00.000Z',
    reviewIntervalMonths: 12,
    checklist: [{ key: 'gestionnaire', label: 'Installer un gestionnaire de mots de passe' }],
    _status: 'published',
  }) as never

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  people = await createPeople(payload, 'lang')
  member = (await payload.findByID({ collection: 'users', id: people['member A'].id, depth: 0 })) as User
})

describe('the migration content_languages', () => {
  it('keeps every French text when run down and up again on a seeded database', async () => {
    const created = await payload.create({
      collection: 'guides',
      data: guide('migration-essai', 'Essai de migration', 'Un résumé à garder.'),
    })
    const read = async () => ({
      guides: (await payload.find({ collection: 'guides', limit: 0, pagination: false, depth: 0, locale: 'fr', sort: 'id' })).docs.map(
        (g) => [g.id, g.title, g.summary, JSON.stringify(g.body), (g.checklist ?? []).map((item) => [item.key, item.label, item.help])],
      ),
      faqs: (await payload.find({ collection: 'faqs', limit: 0, pagination: false, depth: 0, locale: 'fr', sort: 'id' })).docs.map((f) => [
        f.id,
        f.question,
        JSON.stringify(f.answer),
      ]),
      measures: (await payload.find({ collection: 'measures', limit: 0, pagination: false, depth: 0, locale: 'fr', sort: 'id' })).docs.map(
        (m) => [m.id, m.title],
      ),
      templates: (
        await payload.find({ collection: 'templates', limit: 0, pagination: false, depth: 0, locale: 'fr', sort: 'id' })
      ).docs.map((t) => [t.id, t.title, t.description, JSON.stringify(t.body)]),
    })
    const before = await read()
    expect(before.guides.length).toBeGreaterThan(1)
    expect(before.measures.length).toBe(38)
    expect(before.faqs.length).toBeGreaterThan(0)

    const db = payload.db.drizzle as unknown as Parameters<typeof contentLanguages.up>[0]['db']
    const args = { db, payload, req: {} } as unknown as Parameters<typeof contentLanguages.up>[0]
    await contentLanguages.down(args)
    // The texts are back in the collections' own columns, as before the localisation.
    const pool = poolOf(payload)
    const old = await pool.query<{ title: string; summary: string }>('select title, summary from guides where id = $1', [created.id])
    expect(old.rows[0]).toEqual({ title: 'Essai de migration', summary: 'Un résumé à garder.' })
    const oldLabel = await pool.query<{ label: string }>('select label from guides_checklist where _parent_id = $1', [created.id])
    expect(oldLabel.rows.map((r) => r.label)).toEqual(['Installer un gestionnaire de mots de passe'])
    expect((await pool.query(`select to_regclass('guides_locales') as t`)).rows[0].t).toBeNull()

    await contentLanguages.up(args)
    // Each text is now the French row of its `_locales` table, and Payload reads exactly what it read before.
    const moved = await pool.query<{ title: string; _locale: string }>('select title, _locale from guides_locales where _parent_id = $1', [
      created.id,
    ])
    expect(moved.rows).toEqual([{ title: 'Essai de migration', _locale: 'fr' }])
    const versions = await pool.query<{ n: number }>(
      `select count(*)::int as n from _guides_v_locales l join _guides_v v on v.id = l._parent_id where v.parent_id = $1 and l.version_title = 'Essai de migration'`,
      [created.id],
    )
    expect(versions.rows[0]!.n).toBeGreaterThan(0)
    expect(await read()).toEqual(before)
  })
})

describe('a guide in German', () => {
  let translatedId: number
  beforeAll(async () => {
    const translated = await payload.create({
      collection: 'guides',
      data: guide('mots-de-passe-essai', 'Mots de passe au quotidien', 'Des phrases de passe longues, un gestionnaire.'),
    })
    translatedId = translated.id
    await payload.update({
      collection: 'guides',
      id: translated.id,
      locale: 'de',
      data: {
        title: 'Sichere Passwörter im Alltag',
        summary: 'Lange Passphrasen und ein Passwortverwalter.',
        body: richTextFromBlocks([{ p: 'Wählen Sie für jeden Dienst eine andere, lange Passphrase.' }]),
        // The checklist's rows are shared by both languages (the communes' answers hang on their keys): the same rows,
        // their action in German (an action is required in every language it is written in).
        checklist: (translated.checklist ?? []).map((item) => ({ ...item, label: 'Einen Passwortverwalter installieren' })),
        _status: 'published',
      } as never,
    })
    await payload.create({
      collection: 'guides',
      data: guide('sauvegardes-essai', 'Sauvegardes hors ligne', 'Une copie déconnectée, testée chaque année.'),
    })
    await runSearchJobs()
  })

  it('is read in German by a German reader, in French by a French one', async () => {
    const german = await loadGuide(payload, member, 'mots-de-passe-essai', { locale: 'de' })
    expect(german).toMatchObject({
      title: 'Sichere Passwörter im Alltag',
      summary: 'Lange Passphrasen und ein Passwortverwalter.',
      lang: 'de',
    })
    expect(german!.checklist!.map((item) => [item.key, item.label])).toEqual([['gestionnaire', 'Einen Passwortverwalter installieren']])
    const french = await loadGuide(payload, member, 'mots-de-passe-essai', { locale: 'fr' })
    expect(french).toMatchObject({ title: 'Mots de passe au quotidien', lang: 'fr' })
    expect(french!.checklist!.map((item) => [item.key, item.label])).toEqual([
      ['gestionnaire', 'Installer un gestionnaire de mots de passe'],
    ])
  })

  it('falls back to French where the German is missing, and says so', async () => {
    const untranslated = await loadGuide(payload, member, 'sauvegardes-essai', { locale: 'de' })
    expect(untranslated).toMatchObject({
      title: 'Sauvegardes hors ligne',
      summary: 'Une copie déconnectée, testée chaque année.',
      lang: 'fr',
    })
    const cards = await loadGuideCards(payload, member, null, new Date(), 'de')
    expect(cards.find((card) => card.id === translatedId)).toMatchObject({ title: 'Sichere Passwörter im Alltag', lang: 'de' })
    expect(cards.find((card) => card.slug === 'sauvegardes-essai')).toMatchObject({ title: 'Sauvegardes hors ligne', lang: 'fr' })
    const faqs = await loadFaqs(payload, member, 'de')
    expect(faqs.length).toBeGreaterThan(0)
    expect(faqs.every((faq) => faq.lang === 'fr' && faq.question)).toBe(true)
  })

  it('is found by a German word, stemmed as German, by German readers only', async () => {
    const engine = searchEngine(payload)
    const search = (q: string, locale: 'fr' | 'de') => engine.search({ q, grants: ['members'], locale })
    // « Passwort » finds « Passwörter » (German stemming, umlaut folded); the hit is the German entry.
    const german = await search('Passwort', 'de')
    expect(german.hits[0]).toMatchObject({ url: '/guides/mots-de-passe-essai', title: 'Sichere Passwörter im Alltag', locale: 'de' })
    expect((await search('Passphrasen', 'de')).hits.map((hit) => hit.url)).toContain('/guides/mots-de-passe-essai')
    // French readers search the French entries: the French title, never the German one.
    expect((await search('Passwort', 'fr')).hits.map((hit) => hit.url)).not.toContain('/guides/mots-de-passe-essai')
    const french = await search('phrases de passe', 'fr')
    const hit = french.hits.find((found) => found.url === '/guides/mots-de-passe-essai')
    expect(hit).toMatchObject({ title: 'Mots de passe au quotidien', locale: 'fr' })
    // A German reader finds what is not translated in French, with the French stemming (and shown as French).
    expect((await search('sauvegardes', 'de')).hits.find((found) => found.url === '/guides/sauvegardes-essai')).toMatchObject({
      locale: 'fr',
    })
    // The German vocabulary: « Datensicherung » finds the French guide on backups (« sauvegarde »).
    expect((await search('Datensicherung', 'de')).hits.map((found) => found.url)).toContain('/guides/sauvegardes-essai')
    // Never twice the same guide for one reader.
    const urls = (await search('passe', 'de')).hits.map((found) => found.url)
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('leaves the index consistent, and takes the German entry away with the German text', async () => {
    const report = await checkSearchIndex(payload)
    expect(report.missing).toEqual([])
    expect(report.stale).toEqual([])
    expect(report.orphaned).toEqual([])
    expect((await searchEngine(payload).fingerprints()).has(`guides:${translatedId}:de`)).toBe(true)
    await payload.update({ collection: 'guides', id: translatedId, locale: 'de', data: { _status: 'draft' } as never })
    await runSearchJobs()
    const keys = await searchEngine(payload).fingerprints()
    expect(keys.has(`guides:${translatedId}:de`)).toBe(false)
    expect(keys.has(`guides:${translatedId}`)).toBe(false)
  })
})
