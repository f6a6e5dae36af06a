import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { guides } from '@seed/content/guides'
import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'

describe.runIf(chromiumAvailable())('guides and checklists in Chromium', () => {
  const journey = useJourney('guides')
  const loggedIn = (email: string) => journey.loggedIn(email)

  const item = (page: Page, key: string) => page.locator(`li[data-item="${key}"]`)

  it('a member marks two items of the backup guide; they are kept, and another commune sees none of it', async () => {
    const page = await loggedIn(journey.people['member A'].email)
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Guides' }).click()
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
    expect(response?.status()).toBe(404)
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
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le modèle' }).click()])
    expect(download.suggestedFilename()).toBe('note-pilotage-numerique.html')
    const html = fs.readFileSync((await download.path())!, 'utf8')
    expect(html).toContain('<h1>Note interne : pilotage numérique communal</h1>')
    expect(html).toMatch(/<h2[^>]*>/)
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
})
