import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chromiumAvailable, launchBrowser } from '../helpers/browser'
import { bootPayload } from '../helpers/payload'
import { createPeople, PASSWORD, type People } from '../helpers/people'
import { type RunningServer, startServer } from '../helpers/server'

describe.runIf(chromiumAvailable())('guides and checklists in Chromium', () => {
  let payload: Payload
  let server: RunningServer
  let browser: Browser
  let people: People

  beforeAll(async () => {
    let databaseUrl: string
    ;({ payload, databaseUrl } = await bootPayload())
    people = await createPeople(payload, 'guides')
    server = await startServer(databaseUrl)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function loggedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext({ locale: 'fr-CH' })).newPage()
    await page.goto(`${server.url}/connexion`)
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByRole('heading', { name: /^Bonjour/ }).waitFor()
    return page
  }

  const item = (page: Page, key: string) => page.locator(`li[data-item="${key}"]`)

  it('a member marks two items of the backup guide; they are kept, and another commune sees none of it', async () => {
    const page = await loggedIn(people['member A'].email)
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Guides' }).click()
    await page.getByRole('link', { name: /Sauvegardes/ }).first().click()
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
    expect(await item(page, first).textContent()).toContain(people['member A'].name)
    expect(await page.getByTestId('completion').textContent()).not.toContain(' 0 %')

    const colleague = await loggedIn(people['validator A'].email)
    await colleague.goto(`${server.url}/guides/sauvegardes`)
    expect(await item(colleague, first).getAttribute('data-state')).toBe('done')

    const other = await loggedIn(people['member B'].email)
    await other.goto(`${server.url}/guides/sauvegardes`)
    const states = await other.locator('li[data-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-state')))
    expect(states.every((state) => state === 'none')).toBe(true)
    expect(await other.getByTestId('completion').textContent()).toContain('0 %')
    expect(await other.content()).not.toContain(people['member A'].name)
  })

  it('a coordinator sees the regional roll-up and downloads it as CSV; a member cannot', async () => {
    const { docs } = await payload.find({ collection: 'guides', where: { slug: { equals: 'sauvegardes' } } })
    const backup = docs[0]!
    await payload.create({
      collection: 'checklist-progress',
      data: { commune: people.communeB.id, guide: backup.id, itemKey: backup.checklist!.at(-1)!.key, state: 'todo' },
    })
    const page = await loggedIn(people.coordinator.email)
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

    const member = await loggedIn(people['member B'].email)
    expect((await member.goto(`${server.url}/guides/suivi/export`))?.status()).toBe(403)
    const response = await member.goto(`${server.url}/guides/suivi`)
    expect(response?.status()).toBe(404)
    const anonymous = await (await browser.newContext()).request.get(`${server.url}/guides/suivi/export`)
    expect(anonymous.status()).toBe(401)
  })

  it('the FAQ and the templates are listed for members', async () => {
    const page = await loggedIn(people['member B'].email)
    await page.goto(`${server.url}/faq`)
    expect(await page.locator('details').count()).toBeGreaterThan(5)
    await page.goto(`${server.url}/modeles`)
    await page.getByRole('link', { name: /pilotage numérique communal/i }).first().click()
    await page.waitForURL(/\/modeles\/note-pilotage-numerique$/)
    expect(await page.locator('.template-body').textContent()).toMatch(/référent/i)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le modèle' }).click()])
    expect(download.suggestedFilename()).toBe('note-pilotage-numerique.html')
    const html = fs.readFileSync((await download.path())!, 'utf8')
    expect(html).toContain('<h1>Note interne : pilotage numérique communal</h1>')
    expect(html).toMatch(/<h2[^>]*>/)
  })
})
