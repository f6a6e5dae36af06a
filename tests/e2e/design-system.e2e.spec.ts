import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's serious and critical violations on the page (evaluated through the DevTools protocol: no CSP change). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  })
}

describe.runIf(chromiumAvailable())('the design system: shell, menu, skip link, footer, accessibility', () => {
  const journey = useJourney('design')

  it('on a 390 px phone the header is compact, « Menu » opens the menu, the current section is marked', async () => {
    const page = await journey.loggedIn(journey.people['member A'].email)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${journey.server.url}/guides`)
    const menu = page.getByRole('navigation', { name: 'Navigation principale', includeHidden: true })
    const button = page.getByRole('button', { name: 'Menu' })
    expect(await menu.isVisible()).toBe(false)
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    expect(await button.getAttribute('aria-controls')).toBe(await menu.getAttribute('id'))
    const header = await page.locator('header.site-header').boundingBox()
    expect(header!.height).toBeLessThanOrEqual(120)
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44)

    await button.click()
    expect(await page.getByRole('button', { name: 'Fermer le menu' }).getAttribute('aria-expanded')).toBe('true')
    await menu.waitFor({ state: 'visible' })
    const guides = menu.getByRole('link', { name: 'Guides', exact: true })
    expect(await guides.getAttribute('aria-current')).toBe('page')
    expect(await menu.locator('[aria-current="page"]').count()).toBe(1)
    for (const link of await menu.getByRole('link').all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44)

    // A page further down the section keeps the section marked; the menu closes on the new page.
    await page.goto(`${journey.server.url}/guides/sauvegardes`)
    expect(await menu.getByRole('link', { name: 'Guides', exact: true, includeHidden: true }).getAttribute('aria-current')).toBe('page')
    expect(await menu.isVisible()).toBe(false)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })

  it('without JavaScript the menu button is a link that opens the menu', async () => {
    const context = await journey.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const cookies = await (await journey.loggedIn(journey.people['member A'].email)).context().cookies()
    await context.addCookies(cookies)
    const page = await context.newPage()
    await page.goto(`${journey.server.url}/mesures`)
    const menu = page.getByRole('navigation', { name: 'Navigation principale', includeHidden: true })
    expect(await menu.isVisible()).toBe(false)
    await page.getByRole('button', { name: 'Menu' }).click()
    await menu.waitFor({ state: 'visible' })
    expect(await menu.getByRole('link', { name: 'Mesures', exact: true }).getAttribute('aria-current')).toBe('page')
    await context.close()
  })

  it('the skip link moves the focus to the main content; the footer shows the contact of the site settings', async () => {
    await journey.payload.updateGlobal({
      slug: 'site-settings',
      data: { contactEmail: 'contact@relais.test', contactPhone: '027 000 00 00', helpText: 'Une question ? Écrivez-nous.' },
    })
    const page = await journey.loggedIn(journey.people['member A'].email)
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Aller au contenu' })
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true)
    expect(await skip.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN')

    const footer = page.getByRole('contentinfo')
    expect(await footer.getByRole('link', { name: 'contact@relais.test' }).getAttribute('href')).toBe('mailto:contact@relais.test')
    expect(await footer.textContent()).toContain('027 000 00 00')
    expect(await footer.textContent()).toContain('Une question ? Écrivez-nous.')
    expect(await footer.getByRole('link', { name: 'Questions fréquentes' }).count()).toBe(1)
  })

  it('axe-core finds no serious or critical violation on the pages of the shell, at 390 and 1366 px', async () => {
    const page = await journey.loggedIn(journey.people.cotec.email)
    await page.goto(`${journey.server.url}/seances`)
    await page.getByRole('link', { name: 'Nouvelle séance' }).click()
    const form = page.getByRole('form', { name: 'Nouvelle séance' })
    await form.getByLabel('Date').fill('2027-03-10')
    await form.getByLabel('Heure de début').fill('14:00')
    await form.getByLabel('Durée (minutes)').fill('90')
    await form.getByLabel('Lieu').fill('Sion, salle de conférence')
    await form.getByRole('button', { name: 'Créer la séance' }).click()
    await page.waitForURL(/\/seances\/\d+\?creee=1$/)
    const meeting = new URL(page.url()).pathname

    const pages = ['/', '/guides', '/guides/sauvegardes', '/mesures', '/mesures/1', '/seances', meeting, '/agenda', '/faq']
    const found: string[] = []
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
      for (const path of pages) {
        await page.goto(`${journey.server.url}${path}`)
        found.push(...(await seriousViolations(page)).map((violation) => `${width} px ${path} ${violation}`))
      }
    }
    const secretary = await journey.loggedIn(journey.people['validator A'].email)
    await secretary.goto(`${journey.server.url}/ma-commune`)
    found.push(...(await seriousViolations(secretary)).map((violation) => `/ma-commune ${violation}`))
    const visitor = await journey.newPage()
    await visitor.goto(`${journey.server.url}/connexion`)
    found.push(...(await seriousViolations(visitor)).map((violation) => `/connexion ${violation}`))
    expect(found).toEqual([])
  }, 300_000)
})
