import fs from 'node:fs'

import { type Browser, chromium, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Browser journeys need Debian's Chromium. On CI a missing browser is an error (.ci/run installs it);
 * elsewhere the journeys are skipped with a clear line in the output.
 */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run must install it (apt-get install chromium)`)
  console.warn(`[e2e] SKIPPED: no Chromium at ${CHROMIUM}. Install it with: sudo apt-get install chromium`)
  return false
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * Opens a page and waits until it is rendered. Next 16 answers a page that ends in notFound() or forbidden() with an
 * empty recovery document (`<html id="__next_error__">`, no `lang`, no body) that its client script then renders from
 * the page's own data, a moment after the load event: a check run at `goto`'s return would read that empty document.
 * The intranet's root layout always sets `lang`, so its presence marks the rendered page.
 */
export async function visit(page: Page, url: string) {
  const response = await page.goto(url)
  await page.waitForSelector('html[lang]', { state: 'attached' })
  return response
}
