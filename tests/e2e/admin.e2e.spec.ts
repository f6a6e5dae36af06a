/**
 * The admin panel as a coordinator finds it (issue 21): Relais's frame and navigation groups, French throughout
 * (every list and edit view walked for Payload's broken or English strings), dates typed in a browser on another
 * continent stored and shown at the Zurich time typed, and the dashboard of what waits. Screenshots at 1366 and
 * 390 px in RELAIS_SCREENSHOTS or the temp folder.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { en } from '@payloadcms/translations/languages/en'
import type { ClientUser } from 'payload'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { numericDateTime } from '@/format/dates'
import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { PASSWORD } from '@tests/helpers/people'

const shots = process.env.RELAIS_SCREENSHOTS ?? path.join(os.tmpdir(), 'relais-screens')

const groups = ['Contenus', 'Gouvernance', 'Agenda', 'Cartographie', 'Communes et comptes', 'Système']
const internal = ['Journal des comptes', 'Historique des mesures', 'Réponses de checklist', 'Envois d’événements']

// Payload's stock English for what a list or an edit view shows: any of them on a page means an untranslated string.
const englishKeys = {
  general: [
    'createNew',
    'filters',
    'columns',
    'dashboard',
    'save',
    'perPage',
    'createdAt',
    'updatedAt',
    'lastModified',
    'logout',
    'loading',
  ],
  version: ['draft', 'published', 'publishChanges', 'saveDraft', 'unpublish', 'changed'],
  fields: ['addNew', 'chooseFromExisting'],
} as const
const english = Object.entries(englishKeys).flatMap(([group, keys]) =>
  keys
    .map((key) => (en.translations as unknown as Record<string, Record<string, string>>)[group]?.[key])
    .filter((words) => words !== undefined),
)
const months = '(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)'
const enMonths = '(January|February|March|April|May|June|July|August|September|October|November|December)'
const badPatterns: [string, RegExp][] = [
  ['« (e) »', /\(e\)/],
  ['« nouveau ou nouvelle »', /nouveau ou nouvelle/i],
  ['« de ou du »', /de ou du/],
  ['a US date (month day year)', new RegExp(`${months} \\d{1,2}(er)? \\d{4}`, 'i')],
  ['an English month', new RegExp(`\\b${enMonths}\\b`)],
  ['a 12-hour time', /\d{1,2}:\d{2}\s?(AM|PM)\b/],
  ['a US numeric date', /\b\d{1,2}\/\d{1,2}\/\d{4}\b/],
  ...english.map((words): [string, RegExp] => [
    `English « ${words} »`,
    new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
  ]),
]

/** What a person reads on the page (the main content, navigation and dialogs), and what is wrong in it. */
async function problemsOn(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText()
  return badPatterns.flatMap(([what, pattern]) => {
    const found = text.match(pattern)
    return found ? [`${what}: « ${found[0]} »`] : []
  })
}

/** The page is Payload's, loaded: its step navigation (breadcrumbs) or the login form is there. */
const settled = async (page: Page) => {
  await page.waitForLoadState('networkidle')
  await page.locator('.step-nav, .template-default, .unauthorized').first().waitFor()
}

describe.runIf(chromiumAvailable())('the admin panel for a coordinator, in Chromium', () => {
  const journey = useJourney('admin')
  let requestId: number

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true })
    // Martigny (commune B) has no validator among the test people: its request waits for the coordination.
    const request = await journey.payload.create({
      collection: 'account-requests',
      data: {
        name: 'Marc Attente',
        email: 'marc.attente@martigny.test',
        commune: journey.people.communeB.id,
        function: 'Secrétaire adjoint',
        requestedRole: 'member',
        status: 'pending',
      },
    })
    requestId = request.id
  })

  it('shows Relais’s name, the way back to the intranet and the navigation by what editors do; internal tables for admins only', async () => {
    const page = await journey.loggedIn(journey.people.coordinator.email)
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(`${journey.server.url}/admin`)
    await page.getByRole('heading', { name: 'Ce qui vous attend' }).waitFor()
    expect(await page.title()).toMatch(/ — Relais$/)
    const nav = page.locator('nav.nav__wrap, aside.nav').first()
    await nav.getByRole('link', { name: '← Retour à l’intranet' }).waitFor()
    expect(await nav.getByRole('link', { name: '← Retour à l’intranet' }).getAttribute('href')).toBe('/')
    await nav
      .getByText(/Relais/)
      .first()
      .waitFor()
    const navText = await nav.innerText()
    for (const group of groups) expect(navText, group).toContain(group)
    for (const table of internal) expect(navText, table).not.toContain(table)
    expect(navText).toContain('Événements')
    expect(navText).toContain('Guides')
    await page.screenshot({ path: path.join(shots, 'admin-navigation-1366.png') })
    // The internal tables are not open to editors either.
    await page.goto(`${journey.server.url}/admin/collections/account-events`)
    await page.waitForLoadState('networkidle')
    expect(await page.getByRole('heading', { name: 'Journal des comptes' }).count()).toBe(0)

    const admin = await journey.loggedIn(journey.people.admin.email)
    await admin.goto(`${journey.server.url}/admin`)
    await admin.getByRole('heading', { name: 'Ce qui vous attend' }).waitFor()
    const adminNav = await admin.locator('nav.nav__wrap, aside.nav').first().innerText()
    for (const table of internal) expect(adminNav, table).toContain(table)
  }, 120_000)

  it('lists what waits on the dashboard, each line a link to its page, with empty states', async () => {
    const page = await journey.loggedIn(journey.people.coordinator.email)
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(`${journey.server.url}/admin`)
    const requests = page.getByRole('region', { name: /Demandes de compte à décider par la coordination/ })
    await requests.getByRole('link', { name: 'Marc Attente' }).waitFor()
    await requests.getByText(/Martigny · demande du/).waitFor()
    await page
      .getByRole('region', { name: /Propositions à porter au Comité/ })
      .getByText('Aucune proposition en attente.')
      .waitFor()
    await page.screenshot({ path: path.join(shots, 'admin-dashboard-1366.png'), fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: path.join(shots, 'admin-dashboard-390.png'), fullPage: true })
    await page.setViewportSize({ width: 1366, height: 900 })
    await requests.getByRole('link', { name: 'Marc Attente' }).click()
    await page.waitForURL(new RegExp(`/admin/collections/account-requests/${requestId}$`))
    await page.locator('#field-name').waitFor()
    await expect.poll(() => page.locator('#field-name').inputValue(), { timeout: 30_000 }).toBe('Marc Attente')
  }, 120_000)

  it('speaks French in every list and edit view, with Swiss dates', async () => {
    const { payload, server, people } = journey
    const page = await journey.loggedIn(people.coordinator.email)
    const coordinator = { id: people.coordinator.id, roles: ['coordinator'] } as unknown as ClientUser
    const visible = payload.config.collections.filter((collection) => {
      if (collection.slug.startsWith('payload-')) return false
      const hidden = collection.admin.hidden
      return !(typeof hidden === 'function' ? hidden({ user: coordinator }) : hidden)
    })
    expect(visible.length).toBeGreaterThan(15)
    const problems: string[] = []
    const check = async (address: string) => {
      await page.goto(`${server.url}${address}`)
      await settled(page)
      for (const problem of await problemsOn(page)) problems.push(`${address}: ${problem}`)
    }
    for (const collection of visible) {
      await check(`/admin/collections/${collection.slug}`)
      await check(`/admin/collections/${collection.slug}/create`)
      const { docs } = await payload.find({ collection: collection.slug as 'guides', limit: 1, depth: 0 })
      if (docs[0]) await check(`/admin/collections/${collection.slug}/${docs[0].id}`)
    }
    await check('/admin/globals/site-settings')
    await check('/admin')
    expect(problems).toEqual([])
  }, 600_000)

  it('stores and shows an event typed at 14:30 in a browser on New York time at 14:30 in Zurich; « Publier » the first time', async () => {
    const { server, people, payload } = journey
    const context = await journey.browser.newContext({ locale: 'fr-CH', timezoneId: 'America/New_York' })
    const page = await context.newPage()
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(`${server.url}/connexion`)
    await journey.submitLogin(page, people.coordinator.email, PASSWORD)
    await page.getByRole('heading', { name: /^Bonjour/ }).waitFor()
    await page.goto(`${server.url}/admin/collections/events/create`)
    await page.getByText('Nouveau document : Événement').first().waitFor()
    await page.locator('#field-title').fill('Atelier fuseaux horaires')
    await page.locator('#field-type').click()
    await page.getByRole('option', { name: 'Atelier' }).click()
    await page.locator('#field-startsAt input').first().fill('25.03.2027 14:30')
    await page.locator('#field-startsAt input').first().press('Enter')
    await page.locator('#field-endsAt input').first().fill('25.03.2027 16:00')
    await page.locator('#field-endsAt input').first().press('Enter')
    await page.locator('#field-place').fill('Sion')
    await page.locator('#field-summary').fill('Un atelier pour vérifier que les heures restent celles de Zurich.')
    expect(await page.getByRole('button', { name: 'Publier les modifications' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Publier', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/events\/\d+/)
    await page.getByText('Événement : document créé.').waitFor()
    const id = Number(new URL(page.url()).pathname.split('/').pop())

    // 25 March 2027 is still winter time in Zurich (UTC+1): 14:30 there is 13:30 UTC.
    const event = await payload.findByID({ collection: 'events', id, depth: 0 })
    expect(event.startsAt).toBe('2027-03-25T13:30:00.000Z')
    expect(event.endsAt).toBe('2027-03-25T15:00:00.000Z')
    expect((event as unknown as Record<string, unknown>).startsAt_tz).toBe('Europe/Zurich')

    await page.reload()
    await page.locator('#field-startsAt input').first().waitFor()
    // The admin fills its fields once its form state has loaded: wait for the value, not just the input.
    await expect.poll(() => page.locator('#field-startsAt input').first().inputValue(), { timeout: 30_000 }).toBe('25.03.2027 14:30')
    // The header's « Dernière modification » and « Création », in Zurich time too (New York would read 6 hours less),
    // and Payload's own values, in the browser's zone, not shown.
    const stored = await payload.findByID({ collection: 'events', id, depth: 0 })
    const times = page.getByTestId('document-times')
    await expect
      .poll(() => times.locator('time').allInnerTexts())
      .toEqual([numericDateTime(stored.updatedAt), numericDateTime(stored.createdAt)])
    expect(await times.locator('dt').allInnerTexts()).toEqual(['Dernière modification\u00a0:', 'Création\u00a0:'])
    expect(await times.locator('time').first().getAttribute('datetime')).toBe(stored.updatedAt)
    expect(await page.locator('.doc-controls__value-wrap').count()).toBe(2)
    for (const theirs of await page.locator('.doc-controls__value-wrap').all()) expect(await theirs.isVisible()).toBe(false)
    const newYork = await page.evaluate(
      (at) => new Date(at).toLocaleString('fr-CH', { hour: '2-digit', minute: '2-digit' }),
      stored.updatedAt,
    )
    expect(await page.locator('.doc-controls').innerText()).not.toContain(newYork)
    await page.screenshot({ path: path.join(shots, 'admin-event-edit-1366.png'), fullPage: true })
    // Once published, the button says what it does.
    await page.getByRole('button', { name: 'Publier les modifications' }).waitFor()
    await page.goto(`${server.url}/admin/collections/events`)
    await page.getByRole('link', { name: 'Atelier fuseaux horaires' }).waitFor()
    // The cell reads « Chargement en cours... » until the date library has loaded.
    await page.locator('table').getByText('25.03.2027 14:30').waitFor()
    // Payload's own « Dernière modification » column, also in Zurich time (New York is 6 hours behind).
    const saved = await payload.findByID({ collection: 'events', id, depth: 0 })
    await page.goto(`${server.url}/admin/collections/events?columns=${encodeURIComponent(JSON.stringify(['title', 'updatedAt']))}`)
    await page.locator('table').getByText(numericDateTime(saved.updatedAt)).waitFor()
    // The intranet reads the same instant.
    const member = await journey.loggedIn(people['member A'].email)
    await member.goto(`${server.url}/agenda/${id}`)
    await member.getByText('jeudi 25 mars 2027 à 14:30 – 16:00').waitFor()
    await context.close()
  }, 180_000)

  it('shows an audit entry’s changes and detail as indented, wrapped JSON, without loading an editor from elsewhere', async () => {
    const { payload, server, people } = journey
    const entry = await payload.create({
      collection: 'audit-events',
      data: {
        action: 'account-changed',
        actor: people.admin.id,
        actorName: 'Admin de test',
        targetCollection: 'users',
        targetId: String(people['member A'].id),
        targetLabel: 'Membre A',
        changes: [{ field: 'roles', label: 'Rôles', before: ['member'], after: ['validator'] }],
        detail: { motif: 'Nouvelle validatrice de la commune, désignée par le conseil communal le 12 novembre 2026.' },
      },
    })
    const page = await journey.loggedIn(people.coordinator.email)
    const outside: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== server.url) outside.push(request.url())
    })
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${server.url}/admin/collections/audit-events/${entry.id}`)
      const changes = page.getByTestId('json-changes')
      await expect.poll(() => changes.innerText()).toContain('"label": "Rôles",')
      // Before, then after (PostgreSQL gives the keys back in an order of its own).
      expect(await changes.innerText()).toContain('    "before": [\n      "member"\n    ],\n    "after": [\n      "validator"\n    ]')
      const detail = page.getByTestId('json-detail')
      await expect.poll(() => detail.innerText()).toContain('"motif": "Nouvelle validatrice')
      // Wrapped to the form's width: the long line does not widen its box, nor the page.
      expect(await detail.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true)
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      await page.screenshot({ path: path.join(shots, `admin-audit-entry-${width}.png`), fullPage: true })
    }
    expect(await page.locator('.code-editor, .monaco-editor').count()).toBe(0)
    expect(outside).toEqual([])
  }, 120_000)

  it('stays closed to a member, as before', async () => {
    const member = await journey.loggedIn(journey.people['member B'].email)
    await member.goto(`${journey.server.url}/admin`)
    await member.waitForLoadState('networkidle')
    expect(await member.getByRole('heading', { name: 'Ce qui vous attend' }).count()).toBe(0)
    expect(await member.getByText('Marc Attente').count()).toBe(0)
    expect(await member.getByText(/non autorisé|pas autorisé|accès/i).count()).toBeGreaterThan(0)
  }, 60_000)
})
