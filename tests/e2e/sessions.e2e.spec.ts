import os from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { PASSWORD } from '@tests/helpers/people'

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
const shots = path.join(os.tmpdir(), 'relais-screens')

describe.runIf(chromiumAvailable())('open sessions in Chromium', () => {
  const journey = useJourney('e2esess')

  /** A second "device": its own browser context with a phone's User-Agent, logged in as `email`. */
  const phone = async (email: string) => {
    const context = await journey.browser.newContext({
      locale: 'fr-CH',
      timezoneId: 'Europe/Zurich',
      userAgent: IPHONE,
      viewport: { width: 390, height: 844 },
    })
    const page = await context.newPage()
    await page.goto(`${journey.server.url}/connexion`)
    await journey.submitLogin(page, email, PASSWORD)
    await page.getByRole('heading', { name: /^Bonjour/ }).waitFor()
    return page
  }
  const sessionsList = (page: Page) => page.getByRole('form', { name: 'Vos sessions ouvertes' })

  it('a member sees where they are signed in and closes the session of a lost phone', async () => {
    const member = journey.people['member A']
    const lost = await phone(member.email)
    const page = await journey.loggedIn(member.email)
    await page.getByRole('link', { name: 'Sécurité du compte' }).click()
    await page.getByRole('heading', { name: 'Vos sessions ouvertes' }).waitFor()
    const list = sessionsList(page)
    expect(await list.locator('li').count()).toBe(2)
    const current = list.locator('li', { hasText: 'cette session' })
    expect(await current.textContent()).toContain('Chrome sur Linux')
    expect(await current.getByRole('button').count()).toBe(0)
    const other = list.locator('li', { hasText: 'Safari sur iPhone' })
    expect(await other.textContent()).toMatch(/Dernière activité\s*il y a/)

    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 })
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        `no sideways scroll at ${width} px`,
      ).toBe(true)
      await page.screenshot({ path: path.join(shots, `sessions-${width}.png`), fullPage: true })
    }

    await other.getByRole('button', { name: 'Fermer la session Safari sur iPhone' }).click()
    await page.getByRole('status').filter({ hasText: 'La session a été fermée : Safari sur iPhone.' }).waitFor()
    await expect.poll(() => list.locator('li').count()).toBe(1)
    expect(await page.getByText('Vous n’êtes connecté·e nulle part ailleurs.').count()).toBe(1)

    // The phone is signed out at its next click.
    await lost.reload()
    await lost.waitForURL(/\/connexion/)
    await lost.context().close()
  })

  it('an administrator ends every session of one account from the admin panel, after confirming', async () => {
    const target = journey.people['validator A']
    const device = await phone(target.email)
    const page = await journey.loggedIn(journey.people.admin.email)
    await page.goto(`${journey.server.url}/admin/collections/users/${target.id}`)
    await page.getByRole('button', { name: 'Fermer toutes ses sessions' }).click()
    await page.getByText('La personne sera déconnectée sur tous ses appareils').waitFor()
    await page.getByRole('button', { name: 'Confirmer : fermer toutes ses sessions' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Les sessions de ${target.name} ont été fermées (1)` })
      .waitFor()
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.screenshot({ path: path.join(shots, 'sessions-admin-1366.png') })
    await device.reload()
    await device.waitForURL(/\/connexion/)
    await device.context().close()
  })

  it('an administrator ends everyone’s sessions after ticking the confirmation; their own stays', async () => {
    const member = await phone(journey.people['member B'].email)
    const page = await journey.loggedIn(journey.people.admin.email)
    await page.goto(`${journey.server.url}/compte/securite`)
    const incident = page.getByRole('form', { name: 'Fermer toutes les sessions de tout le monde' })
    await incident.getByRole('button', { name: 'Fermer toutes les sessions de tout le monde' }).click()
    await incident.getByRole('alert').filter({ hasText: 'Cochez la case pour confirmer' }).waitFor()
    await incident.getByLabel(/Je confirme/).check()
    await incident.getByRole('button', { name: 'Fermer toutes les sessions de tout le monde' }).click()
    await incident
      .getByRole('status')
      .filter({ hasText: /ont été fermées|a été fermée/ })
      .waitFor()
    await page.setViewportSize({ width: 390, height: 900 })
    await page.screenshot({ path: path.join(shots, 'sessions-incident-390.png'), fullPage: true })

    await member.reload()
    await member.waitForURL(/\/connexion/)
    await page.goto(`${journey.server.url}/compte/securite`)
    await page.getByRole('heading', { name: 'Vos sessions ouvertes' }).waitFor()
  })
})
