/**
 * Phones (issue 20, item 3 and the first « Done when »): every intranet page, as each kind of person whose view of it
 * differs, at 360, 390, 768 and 1366 px: no horizontal overflow, the main menu reachable, and no serious or critical
 * axe-core violation. One browser, one context per person, the window resized rather than the page reloaded.
 * The pages and who opens them: tests/helpers/intranetPages.ts; the records come from the demo seed.
 * With RELAIS_SCREENSHOTS=<folder>, a full-page screenshot of each page at 390 and 1366 px is written there.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@seed/demo-users'
import { chromiumAvailable, visit } from '@tests/helpers/browser'
import { demoAccount, pagesFor, type Viewer, viewers } from '@tests/helpers/intranetPages'
import { useJourney } from '@tests/helpers/journey'
import { horizontalOverflow, menuProblem, seriousViolations, widths } from '@tests/helpers/responsive'
import { seededIds } from '@tests/helpers/seededIds'

const shots = process.env.RELAIS_SCREENSHOTS

describe.runIf(chromiumAvailable())('every intranet page on phones, tablets and laptops', () => {
  const journey = useJourney('responsive', { env: { RELAIS_DEMO: 'on' } })

  async function pageOf(viewer: Viewer): Promise<Page> {
    if (viewer === 'visiteur') return journey.newPage()
    return journey.loggedIn(demoAccount[viewer], DEMO_PASSWORD)
  }

  it.each(viewers)('as %s', { timeout: 600_000 }, async (viewer) => {
    const ids = await seededIds(journey.payload)
    const page = await pageOf(viewer)
    const problems: string[] = []
    for (const url of pagesFor(viewer, ids)) {
      await page.setViewportSize({ width: widths[0], height: 800 })
      const response = await visit(page, `${journey.server.url}${url}`)
      if (!response || response.status() >= 500) problems.push(`${url} as ${viewer}: HTTP ${response?.status()}`)
      if (viewer !== 'visiteur' && new URL(page.url()).pathname.startsWith('/connexion')) {
        problems.push(`${url} as ${viewer}: sent to the login page`)
        continue
      }
      // A streamed page (the 404 one) may still be arriving when the load event fires: checks start once the menu is in.
      if (viewer !== 'visiteur')
        await page
          .locator('nav[aria-label="Navigation principale"]')
          .waitFor({ state: 'attached', timeout: 10_000 })
          .catch(() => {})
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 })
        const where = `${url} at ${width} px as ${viewer}`
        const overflow = await horizontalOverflow(page)
        if (overflow > 0) problems.push(`${where}: ${overflow} px wider than the window`)
        if (viewer !== 'visiteur') {
          const menu = await menuProblem(page)
          if (menu) problems.push(`${where}: menu ${menu}`)
        }
        for (const violation of await seriousViolations(page)) problems.push(`${where}: axe ${violation}`)
        if (shots && (width === 390 || width === 1366)) {
          fs.mkdirSync(shots, { recursive: true })
          const name = `${viewer}${url.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`
          await page.screenshot({ path: path.join(shots, name), fullPage: true })
        }
      }
    }
    expect(problems).toEqual([])
  })
})
