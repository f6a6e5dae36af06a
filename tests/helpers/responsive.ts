import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'

/** The widths the issue names: two phones, a tablet, a laptop. */
export const widths = [360, 390, 768, 1366] as const

/** How many pixels the page is wider than the window (0 when nothing sticks out). */
export const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth))

const notShown = (page: Page, names: string[]) =>
  page.evaluate((expected) => {
    const nav = [...document.querySelectorAll('nav')].find((n) => n.getAttribute('aria-label') === 'Navigation principale')
    if (!nav) return expected
    const links = [...nav.querySelectorAll('a')]
    return expected.filter((name) => {
      const link = links.find((a) => a.textContent?.trim() === name)
      if (!link) return true
      const box = link.getBoundingClientRect()
      const style = getComputedStyle(link)
      return box.width === 0 || box.height === 0 || style.visibility === 'hidden' || box.left < 0 || box.right > window.innerWidth
    })
  }, names)

/**
 * The main menu is reachable: every section link of « Navigation principale » is visible inside the window, or a
 * button named « Menu » is, and once pressed it shows them all (then « Fermer le menu » closes it again). Returns what is wrong,
 * or null. `sections` are the link texts the person must reach (by default every link of the menu).
 */
export async function menuProblem(page: Page, sections?: string[]): Promise<string | null> {
  const names =
    sections ??
    (await page.evaluate(() => {
      const nav = [...document.querySelectorAll('nav')].find((n) => n.getAttribute('aria-label') === 'Navigation principale')
      // The sections (its list); on phones the menu also repeats the account links, which desktops show in the header.
      return nav ? [...nav.querySelectorAll('ul a')].map((a) => a.textContent?.trim() ?? '') : []
    }))
  if (names.length === 0) return 'no « Navigation principale » with links'
  const hidden = await notShown(page, names)
  if (hidden.length === 0) return null
  // Once open, the same button reads « Fermer le menu ».
  const button = page.getByRole('button', { name: /^(Menu|Fermer le menu)$/ })
  if (!(await button.count()) || !(await button.first().isVisible())) {
    return `links not visible and no « Menu » button: ${hidden.join(', ')}`
  }
  await button.first().click()
  const stillHidden = await notShown(page, names)
  if ((await button.first().getAttribute('aria-expanded')) === 'true') await button.first().click()
  return stillHidden.length ? `after « Menu », still not visible: ${stillHidden.join(', ')}` : null
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * axe-core's serious and critical violations on the page as it is displayed now (rule, impact, first targets).
 * The engine is evaluated through the DevTools protocol, which the page's Content-Security-Policy does not apply to.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations as { id: string; impact: string | null; nodes: { target: string[] }[] }[]
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
}
