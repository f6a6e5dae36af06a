import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { horizontalOverflow, seriousViolations } from '@tests/helpers/responsive'

describe.runIf(chromiumAvailable())('the commune cockpit atop « Ma commune », in Chromium', () => {
  const journey = useJourney('cockpit')

  it('shows each indicator with the regional median; its definition opens on hover, on keyboard focus and on a tap', async () => {
    const { people, payload } = journey
    await payload.create({
      collection: 'commune-registers',
      data: {
        commune: people.communeA.id,
        referentName: 'Rosalie Référente',
        referentFunction: 'secretaire',
        referentEmail: 'r@test.local',
      },
    })
    const page = await journey.loggedIn(people['member A'].email)
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma commune' }).click()
    const cockpit = page.getByRole('region', { name: 'Où en est la commune' })
    const card = cockpit.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Décisions notées (12 mois)' }) })
    await card.waitFor()
    expect(await cockpit.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(9)
    expect(await cockpit.getByRole('listitem').filter({ hasText: 'Référent·e numérique désigné·e' }).textContent()).toContain('Oui')
    expect(await card.textContent()).toMatch(/Médiane régionale : 0/)

    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
      await card.getByRole('button', { name: /^Définition/ }).hover()
      expect(await horizontalOverflow(page), `/ma-commune at ${width} px`).toBe(0)
      expect(await seriousViolations(page), `/ma-commune at ${width} px`).toEqual([])
      const shots = process.env.RELAIS_SCREENSHOTS
      if (shots) await page.screenshot({ path: `${shots}/cockpit-${width}.png`, fullPage: false })
    }
    const button = card.getByRole('button', { name: /^Définition/ })
    const definition = card.getByText(/Nombre de décisions numériques notées/)
    await page.mouse.move(0, 0)
    await expect.poll(() => definition.isVisible()).toBe(false)
    // Hover.
    await button.hover()
    await expect.poll(() => definition.isVisible()).toBe(true)
    await page.mouse.move(0, 0)
    await expect.poll(() => definition.isVisible()).toBe(false)
    // Keyboard: Tab from the card before it reaches « Définition », which shows the text; Escape hides it.
    const before = cockpit
      .getByRole('listitem')
      .first()
      .getByRole('link', { name: /Voir le détail/ })
    await before.focus()
    await page.keyboard.press('Tab')
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true)
    await expect.poll(() => definition.isVisible()).toBe(true)
    expect(await button.getAttribute('aria-describedby')).toBe(await definition.getAttribute('id'))
    await page.keyboard.press('Escape')
    await expect.poll(() => definition.isVisible()).toBe(false)
    // A tap (click) keeps it open after the pointer leaves; a second one closes it.
    await button.click()
    await page.mouse.move(0, 0)
    expect(await button.getAttribute('aria-expanded')).toBe('true')
    await expect.poll(() => definition.isVisible()).toBe(true)
    await button.click()
    await page.mouse.move(0, 0)
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false')
    await expect.poll(() => definition.isVisible()).toBe(false)

    // The link leads to the section of the page.
    expect(await card.getByRole('link', { name: /Voir le détail/ }).getAttribute('href')).toBe(
      `/ma-commune?commune=${people.communeA.id}#decisions`,
    )

    // It prints with its definitions, without the buttons.
    await page.emulateMedia({ media: 'print' })
    expect(await definition.isVisible()).toBe(true)
    expect(await button.isVisible()).toBe(false)
  })
})
