import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import mammoth from 'mammoth'
import type { Page } from 'playwright-core'
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'

import { completion } from '@/checklists/completion'
import type { ChecklistState } from '@/checklists/vocabulary'
import { lineText, posterOf } from '@/guides/poster'
import type { Guide } from '@/payload-types'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { guides } from '@seed/content/guides'
import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'

/** A poster's page size (points) and its text with every space removed (wrapped lines, spaced capitals). */
async function readPoster(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes)
  const [, , width, height] = (await pdf.getPage(1)).view as number[]
  const { text } = await extractText(pdf, { mergePages: true })
  return { pages: pdf.numPages, size: [Math.round(width!), Math.round(height!)], text: text.replace(/\s+/g, '') }
}
const squeeze = (text: string) => text.replace(/\s+/g, '')

/** A GET from inside the page, with its session, as a link the reader follows would be. */
async function fetchIn(page: Page, path: string) {
  const { status, type, bytes } = await page.evaluate(async (url) => {
    const response = await fetch(url)
    return { status: response.status, type: response.headers.get('content-type'), bytes: [...new Uint8Array(await response.arrayBuffer())] }
  }, path)
  const body = new Uint8Array(bytes)
  return { status, type, body, text: () => new TextDecoder().decode(body) }
}

describe.runIf(chromiumAvailable())('guides and checklists in Chromium', () => {
  const journey = useJourney('guides')
  const loggedIn = (email: string) => journey.loggedIn(email)

  const item = (page: Page, key: string) => page.locator(`li[data-item="${key}"]`)

  it('a member marks two items of the backup guide; they are kept, and another commune sees none of it', async () => {
    const page = await loggedIn(journey.people['member A'].email)
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Guides' }).click()
    // The home page links to the guides too (the commune's checklists): wait for the list itself.
    await page.waitForURL(/\/guides$/)
    await page
      .getByRole('link', { name: /Sauvegardes/ })
      .first()
      .click()
    await page.waitForURL(/\/guides\/sauvegardes$/)
    const keys = await page.locator('li[data-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-item')!))
    expect(keys.length).toBeGreaterThanOrEqual(5)
    const [first, second] = keys as [string, string]

    await item(page, first).getByRole('button', { name: 'Fait', exact: true }).click()
    await expect.poll(() => item(page, first).getAttribute('data-state')).toBe('done')
    await item(page, second).getByRole('button', { name: 'En partie' }).click()
    await expect.poll(() => item(page, second).getAttribute('data-state')).toBe('partial')

    await page.reload()
    expect(await item(page, first).getAttribute('data-state')).toBe('done')
    expect(await item(page, second).getAttribute('data-state')).toBe('partial')
    expect(await item(page, first).getByRole('button', { name: 'Fait', exact: true }).getAttribute('aria-pressed')).toBe('true')
    expect(await item(page, first).textContent()).toContain(journey.people['member A'].name)
    expect(await page.getByTestId('completion').textContent()).not.toContain(' 0 %')

    const colleague = await loggedIn(journey.people['validator A'].email)
    await colleague.goto(`${journey.server.url}/guides/sauvegardes`)
    expect(await item(colleague, first).getAttribute('data-state')).toBe('done')

    const other = await loggedIn(journey.people['member B'].email)
    await other.goto(`${journey.server.url}/guides/sauvegardes`)
    const states = await other.locator('li[data-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-state')))
    expect(states.every((state) => state === 'none')).toBe(true)
    expect(await other.getByTestId('completion').textContent()).toContain('0 %')
    expect(await other.content()).not.toContain(journey.people['member A'].name)
  })

  it('a coordinator sees the regional roll-up and downloads it as CSV; a member cannot', async () => {
    const { docs } = await journey.payload.find({ collection: 'guides', where: { slug: { equals: 'sauvegardes' } } })
    const backup = docs[0]!
    await journey.payload.create({
      collection: 'checklist-progress',
      data: { commune: journey.people.communeB.id, guide: backup.id, itemKey: backup.checklist!.at(-1)!.key, state: 'todo' },
    })
    const page = await loggedIn(journey.people.coordinator.email)
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Suivi des checklists' }).click()
    await page.getByRole('heading', { name: 'Suivi régional des checklists' }).waitFor()
    const notStarted = (await page.getByTestId('not-started-sauvegardes').textContent())!.split(', ')
    expect(notStarted).not.toContain('Martigny')
    expect(notStarted).toContain('Martigny-Combe')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporter en CSV' }).click()])
    expect(download.suggestedFilename()).toMatch(/^suivi-checklists-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = fs.readFileSync((await download.path())!, 'utf8')
    expect(csv).toContain('"Guide";"Action";"Fait";"En partie"')
    expect(csv).toContain('"Sauvegardes et tests de restauration"')

    const member = await loggedIn(journey.people['member B'].email)
    expect((await member.goto(`${journey.server.url}/guides/suivi/export`))?.status()).toBe(403)
    const response = await member.goto(`${journey.server.url}/guides/suivi`)
    expect(response?.status()).toBe(403)
    const anonymous = await (await journey.browser.newContext()).request.get(`${journey.server.url}/guides/suivi/export`)
    expect(anonymous.status()).toBe(401)
  })

  it('the FAQ and the templates are listed for members', async () => {
    const page = await loggedIn(journey.people['member B'].email)
    await page.goto(`${journey.server.url}/faq`)
    expect(await page.locator('details').count()).toBeGreaterThan(5)
    await page.goto(`${journey.server.url}/modeles`)
    await page
      .getByRole('link', { name: /pilotage numérique communal/i })
      .first()
      .click()
    await page.waitForURL(/\/modeles\/note-pilotage-numerique$/)
    expect(await page.locator('.template-body').textContent()).toMatch(/référent/i)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Télécharger le modèle/ }).click()])
    // A Word document, read back by mammoth (which shares no code with the writer).
    expect(download.suggestedFilename()).toMatch(/^Note interne.*\.docx$/)
    const text = (await mammoth.extractRawText({ path: (await download.path())! })).value
    expect(text).toContain('Note interne : pilotage numérique communal')
  })

  it('the guides of measures 16, 17 and 28 read on a phone and on a desktop, checklist and sources included', async () => {
    const shots = path.join(os.tmpdir(), 'relais-screens')
    fs.mkdirSync(shots, { recursive: true })
    const page = await loggedIn(journey.people['member A'].email)
    for (const slug of ['inclusion-numerique', 'numerique-durable', 'digitaliser-un-processus']) {
      const seed = guides.find((g) => g.slug === slug)!
      await page.goto(`${journey.server.url}/guides/${slug}`)
      await page.getByRole('heading', { level: 1, name: seed.title }).waitFor()
      expect(await page.locator('li[data-item]').count(), slug).toBe(seed.checklist.length)
      expect(await page.locator('ul.sources li').count(), slug).toBe(seed.sources.length)
      for (const width of [390, 1366]) {
        await page.setViewportSize({ width, height: 900 })
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
          `${slug}: no sideways scroll at ${width} px`,
        ).toBe(true)
        await page.screenshot({ path: path.join(shots, `guide-${slug}-${width}.png`), fullPage: true })
      }
    }
  })

  it('the guides are cards with the commune’s progress and « À réviser »; a guide page names the next action, then « Tout est fait »', async () => {
    const shots = path.join(os.tmpdir(), 'relais-screens')
    fs.mkdirSync(shots, { recursive: true })
    const guideOf = async (slug: string) =>
      (await journey.payload.find({ collection: 'guides', where: { slug: { equals: slug } } })).docs[0] as Guide
    const continuity = await guideOf('continuite')
    const backup = await guideOf('sauvegardes')
    // Continuity was last reviewed two years ago (overdue); the backup guide today (not overdue).
    const twoYearsAgo = new Date(Date.now() - 730 * 24 * 3600_000).toISOString().slice(0, 10)
    await journey.payload.update({ collection: 'guides', id: continuity.id, data: { lastReviewedAt: twoYearsAgo } })
    await journey.payload.update({ collection: 'guides', id: backup.id, data: { lastReviewedAt: new Date().toISOString().slice(0, 10) } })
    // Commune B has done the first action of continuity and finds the second not applicable.
    const keys = continuity.checklist!.map((item) => item.key)
    const answer = (itemKey: string, state: ChecklistState) =>
      journey.payload.create({
        collection: 'checklist-progress',
        data: { commune: journey.people.communeB.id, guide: continuity.id, itemKey, state },
      })
    await answer(keys[0]!, 'done')
    await answer(keys[1]!, 'na')
    const percent = completion(
      keys,
      new Map<string, ChecklistState>([
        [keys[0]!, 'done'],
        [keys[1]!, 'na'],
      ]),
    )
    expect(percent).toBeGreaterThan(0)

    const page = await loggedIn(journey.people['member B'].email)
    await page.goto(`${journey.server.url}/guides`)
    const card = (slug: string) => page.locator(`li.guide-card[data-guide="${slug}"]`)
    expect(await page.locator('li.guide-card').count()).toBeGreaterThanOrEqual(10)
    expect(await card('continuite').getByTestId('commune-progress').textContent()).toContain(`${percent} %`)
    expect(await card('continuite').getByTestId('review-overdue').textContent()).toBe('À réviser')
    expect(await card('continuite').textContent()).toContain('Continuité des activités')
    expect(await card('continuite').textContent()).toContain(continuity.summary.slice(0, 30))
    expect(await card('sauvegardes').getByTestId('review-overdue').count()).toBe(0)
    expect(await card('mots-de-passe').getByTestId('commune-progress').textContent()).toContain('pas encore commencé')
    // Another commune's answers are not this commune's progress.
    const other = await loggedIn(journey.people['member A'].email)
    await other.goto(`${journey.server.url}/guides`)
    expect(await other.locator('li.guide-card[data-guide="continuite"]').getByTestId('commune-progress').textContent()).toContain(
      'pas encore commencé',
    )
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `/guides at ${width} px`).toBe(true)
      await page.screenshot({ path: path.join(shots, `guides-${width}.png`), fullPage: true })
    }

    // The card opens the guide; its next action is the third item (the first is done, the second not applicable).
    await card('continuite').getByRole('link', { name: continuity.title }).click()
    await page.waitForURL(/\/guides\/continuite$/)
    const next = page.getByTestId('next-action')
    expect(await next.textContent()).toContain(`${percent} %`)
    const link = next.getByRole('link', { name: continuity.checklist![2]!.label })
    expect(await link.getAttribute('href')).toBe(`#action-${keys[2]}`)
    await link.click()
    await page.waitForURL(new RegExp(`#action-${keys[2]}$`))
    expect(await page.locator(`li[data-item="${keys[2]}"]`).evaluate((li) => li.matches(':target'))).toBe(true)
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `guide at ${width} px`).toBe(true)
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: path.join(shots, `guide-continuite-next-${width}.png`), fullPage: true })
    }

    // Ticking it « Fait » moves the next action to the fourth item.
    await item(page, keys[2]!).getByRole('button', { name: 'Fait', exact: true }).click()
    await expect.poll(() => item(page, keys[2]!).getAttribute('data-state')).toBe('done')
    await expect.poll(() => next.getByRole('link').textContent()).toBe(continuity.checklist![3]!.label)

    // Once every other action is done, the page says so.
    for (const key of keys.slice(3)) await answer(key, 'done')
    await page.reload()
    expect(await next.textContent()).toContain('Tout est fait')
    expect(await next.getByRole('link').count()).toBe(0)
    expect(await next.textContent()).toContain('100 %')
  })

  it('the password, phishing and incident guides offer posters (A4, A3) whose text is the guide’s « À retenir », as stored now', async () => {
    const page = await loggedIn(journey.people['member A'].email)
    const guideOf = async (slug: string) =>
      (await journey.payload.find({ collection: 'guides', where: { slug: { equals: slug } } })).docs[0] as Guide
    const sizes = { A4: [595, 842], A3: [842, 1191] }

    for (const slug of ['mots-de-passe', 'phishing', 'incident-cyber']) {
      await page.goto(`${journey.server.url}/guides/${slug}`)
      const link = page.getByRole('link', { name: 'Affiche « À retenir » à imprimer, format A4 (PDF)' })
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
      expect(download.suggestedFilename()).toBe(`affiche-${slug}-A4.pdf`)
      const guide = await guideOf(slug)
      const lines = posterOf(guide)!.lines.map(lineText)
      expect(lines.length).toBeGreaterThanOrEqual(5)
      for (const format of ['A4', 'A3'] as const) {
        const response = await fetchIn(page, `/guides/${slug}/affiche.pdf?format=${format}`)
        expect(response.status).toBe(200)
        expect(response.type).toBe('application/pdf')
        const poster = await readPoster(response.body)
        expect(poster.pages).toBe(1)
        expect(poster.size, `${slug} ${format}`).toEqual(sizes[format])
        expect(poster.text).toContain(squeeze(guide.title))
        for (const line of lines) expect(poster.text, `${slug} ${format}: ${line}`).toContain(squeeze(line))
      }
    }

    // Measure 4 (« matériel didactique (posters) ») offers the three posters.
    await page.goto(`${journey.server.url}/mesures/4`)
    for (const slug of ['mots-de-passe', 'phishing', 'incident-cyber'])
      expect(await page.locator(`a[href="/guides/${slug}/affiche.pdf?format=A3"]`).count(), slug).toBe(1)

    // An edit of the guide in the database is on the next poster, and what it replaced is gone.
    const phishing = await guideOf('phishing')
    const before = posterOf(phishing)!.lines.map(lineText)
    const body = richTextFromBlocks([
      { p: 'Introduction.' },
      { h2: 'À retenir' },
      { ul: ['Un appel du « support » qui demande un code ? Raccrochez et rappelez le numéro connu.', ...before.slice(1)] },
    ])
    await journey.payload.update({ collection: 'guides', id: phishing.id, data: { body: body as never } })
    const changed = await readPoster((await fetchIn(page, '/guides/phishing/affiche.pdf')).body)
    expect(changed.size).toEqual(sizes.A4)
    expect(changed.text).toContain(squeeze('Un appel du « support » qui demande un code ? Raccrochez et rappelez le numéro connu.'))
    expect(changed.text).not.toContain(squeeze(before[0]!))
  })

  it('a poster answers 400 to a bad format, 404 to an unknown guide, a guide without poster or a draft, and sends visitors to the login', async () => {
    const page = await loggedIn(journey.people['member B'].email)
    const get = (path: string) => fetchIn(page, path)

    const bad = await get('/guides/phishing/affiche.pdf?format=A5')
    expect(bad.status).toBe(400)
    expect(bad.text()).toBe('Format d’affiche inconnu : choisissez A4 ou A3.')
    for (const path of ['/guides/inconnu/affiche.pdf', '/guides/sauvegardes/affiche.pdf?format=A3']) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(response.text()).toBe('Ce guide n’existe pas ou n’a pas d’affiche.')
    }
    await page.goto(`${journey.server.url}/guides/sauvegardes`)
    expect(await page.getByRole('link', { name: /Affiche « À retenir »/ }).count()).toBe(0)

    const draft = await journey.payload.create({
      collection: 'guides',
      draft: true,
      data: {
        title: 'Affiche en préparation',
        slug: 'affiche-brouillon',
        theme: 'phishing',
        audiences: ['personnel'],
        summary: 'Brouillon.',
        body: richTextFromBlocks([{ h2: 'À retenir' }, { ul: ['Réflexe Ornithorynque.'] }]) as never,
        lastReviewedAt: '2026-09-01',
        reviewIntervalMonths: 12,
        checklist: [],
        _status: 'draft',
      },
    })
    expect((await get('/guides/affiche-brouillon/affiche.pdf')).status).toBe(404)
    const coordinator = await loggedIn(journey.people.coordinator.email)
    const staff = await fetchIn(coordinator, '/guides/affiche-brouillon/affiche.pdf')
    expect(staff.status).toBe(200)
    expect((await readPoster(staff.body)).text).toContain('RéflexeOrnithorynque.')
    await journey.payload.delete({ collection: 'guides', id: draft.id })

    const anonymous = await (
      await journey.browser.newContext()
    ).request.get(`${journey.server.url}/guides/phishing/affiche.pdf?format=A3`, { maxRedirects: 0 })
    expect(anonymous.status()).toBe(303)
    expect(anonymous.headers().location).toBe(`/connexion?next=${encodeURIComponent('/guides/phishing/affiche.pdf?format=A3')}`)
  })
})
