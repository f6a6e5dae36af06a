import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser, PASSWORD } from '@tests/helpers/people'
import { horizontalOverflow, seriousViolations } from '@tests/helpers/responsive'

const shots = process.env.RELAIS_SCREENSHOTS

/** At a phone's and a laptop's width: nothing wider than the window, no serious accessibility violation. */
async function fitsAndPasses(page: Page, name: string) {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
    expect(await horizontalOverflow(page), `${name} at ${width} px: overflow`).toBe(0)
    expect(await seriousViolations(page), `${name} at ${width} px: axe`).toEqual([])
    if (shots) await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1366, height: 900 })
}

describe.runIf(chromiumAvailable())('a person’s language in Chromium', () => {
  const journey = useJourney('e2e-language')

  it('a member picks Deutsch on /compte: the header, the menu and the page read German, and so does the login page after logout', async () => {
    const member = await createUser(journey.payload, {
      email: 'e2e.sprache@test.local',
      name: 'Sina Sprache',
      roles: ['member'],
      commune: journey.people.communeA.id,
    })
    const page = await journey.loggedIn(member.email)
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.getByRole('link', { name: 'Mon compte' }).click()
    await page.getByRole('heading', { name: 'Mon compte' }).waitFor()
    // Each language is named in itself, marked with its language for screen readers.
    expect(await page.locator('label[lang="de"]').textContent()).toContain('Deutsch')
    expect(await page.locator('label[lang="fr"]').textContent()).toContain('Français')

    await page.getByLabel('Deutsch').check()
    await page.getByRole('button', { name: 'Enregistrer la langue' }).click()
    await page.getByRole('heading', { name: 'Mein Konto' }).waitFor()
    await page.getByRole('status').filter({ hasText: 'Sprache gespeichert: Deutsch.' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    // The header and the menu.
    await page.getByRole('link', { name: 'Kontosicherheit' }).first().waitFor()
    await page.getByRole('button', { name: 'Abmelden' }).first().waitFor()
    const menu = page.getByRole('navigation', { name: 'Hauptnavigation' })
    await menu.getByRole('link', { name: 'Startseite' }).waitFor()
    await menu.getByRole('link', { name: 'Leitfäden' }).waitFor()
    // The page.
    await page.getByRole('heading', { name: 'Mein Passwort ändern' }).waitFor()
    await page.getByText('Ein Fehler in Ihrem Namen').waitFor()
    expect(await page.getByLabel('Deutsch').isChecked()).toBe(true)
    const saved = await journey.payload.findByID({ collection: 'users', id: member.id, depth: 0 })
    expect(saved.locale).toBe('de')
    // The admin panel reads its language from Payload's own cookie: set to the same choice.
    const cookies = await page.context().cookies()
    expect(cookies.find((cookie) => cookie.name === 'payload-lng')?.value).toBe('de')
    await fitsAndPasses(page, 'sprache-konto')

    // On a phone, the menu button is German too.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('button', { name: 'Menü' }).click()
    await menu.getByRole('link', { name: 'Startseite' }).waitFor()
    await page.getByRole('button', { name: 'Menü schliessen' }).click()
    await page.setViewportSize({ width: 1366, height: 900 })

    // After logout, this browser keeps the language: the login page is German.
    await page.getByRole('button', { name: 'Abmelden' }).click()
    await page.getByText('Sie sind abgemeldet.').waitFor()
    await page.getByRole('heading', { name: 'Anmeldung' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    await page.getByLabel('E-Mail-Adresse').waitFor()
    await fitsAndPasses(page, 'sprache-anmeldung')
  })

  it('a visitor switches the login page’s language without an account; a new device shows the account’s language from the login on', async () => {
    const page = await journey.newPage()
    await page.goto(`${journey.server.url}/connexion`)
    await page.getByRole('heading', { name: 'Connexion' }).waitFor()
    expect(await page.getByRole('button', { name: 'Deutsch' }).getAttribute('lang')).toBe('de')
    await page.getByRole('button', { name: 'Deutsch' }).click()
    await page.getByRole('heading', { name: 'Anmeldung' }).waitFor()
    await page.getByRole('button', { name: 'Français' }).click()
    await page.getByRole('heading', { name: 'Connexion' }).waitFor()
    const cookie = (await page.context().cookies()).find((c) => c.name === 'relais-locale')
    expect(cookie).toMatchObject({ value: 'fr', sameSite: 'Lax', path: '/' })

    // A German-speaking account, on this French browser: German from the login on.
    const sprecher = await createUser(journey.payload, {
      email: 'e2e.neugeraet@test.local',
      name: 'Nora Neugerät',
      roles: ['member'],
      commune: journey.people.communeA.id,
    })
    await journey.payload.update({ collection: 'users', id: sprecher.id, data: { locale: 'de' } })
    await journey.submitLogin(page, sprecher.email, PASSWORD)
    await page
      .getByRole('heading', { name: /^Guten Tag|^Hallo|Nora Neugerät/ })
      .first()
      .waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Startseite' }).waitFor()
  })
})
