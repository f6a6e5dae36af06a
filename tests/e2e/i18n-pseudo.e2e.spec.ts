/**
 * Every intranet page in both languages (issue 26, first « Done when »).
 *
 * 1. In the pseudo-language (a server started with RELAIS_PSEUDO_LOCALE=1, cookie relais-locale=qps), every message
 *    of the catalogue reads ⟦…⟧. What is left of a page's text once the marked messages, the text stored in the
 *    database (content, names) and the elements marked with their own `lang` are taken out must not read as French:
 *    that is a string written in the code instead of the catalogue.
 * 2. In German (cookie relais-locale=de), every page answers, says `lang="de"`, shows no missing message (⚠key) and
 *    does not overflow a 390 px phone (German words are long).
 * As a visitor, a member (employé) and a coordinator, who between them open every page of tests/helpers/intranetPages.ts.
 */
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@seed/demo-users'
import { chromiumAvailable, visit } from '@tests/helpers/browser'
import { demoAccount, pagesFor, type SeededIds, type Viewer } from '@tests/helpers/intranetPages'
import { useJourney } from '@tests/helpers/journey'
import { horizontalOverflow } from '@tests/helpers/responsive'
import { seededIds } from '@tests/helpers/seededIds'
import { storedText } from '@tests/helpers/storedText'
import { looksFrench } from '@tests/unit/i18n/frenchText'

import { untranslatedPages } from './i18n-untranslated-pages'

const walked: Viewer[] = ['visiteur', 'employé', 'coordination']

/** Screenshots of every German page for the person who checks them by eye (not compared by the test). */
const shots = process.env.RELAIS_SHOTS
async function screenshots(page: Page, name: string) {
  const file = name.replace(/[^\p{L}\d-]+/gu, '_').slice(0, 120)
  await page.screenshot({ path: path.join(shots!, `${file}-390.png`), fullPage: true })
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.screenshot({ path: path.join(shots!, `${file}-1366.png`), fullPage: true })
}

/** The page's visible text, without the elements that carry their own language (content shown as such). */
const interfaceText = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement
    for (const element of body.querySelectorAll('[lang], script, style, noscript, template')) element.remove()
    // innerText needs layout: measure the clone in the document, out of sight.
    body.style.position = 'absolute'
    body.style.left = '-99999px'
    document.documentElement.appendChild(body)
    const text = body.innerText
    body.remove()
    return text
  })

/** The text left once every marked message (innermost first, as messages may nest) is taken out. */
function withoutMessages(text: string): string {
  let rest = text
  for (let previous = ''; previous !== rest;) {
    previous = rest
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ')
  }
  return rest
}

/** The text without what is stored in the database, taken out as whole words only (a name is not part of a word). */
function withoutStored(text: string, stored: string[]): string {
  let rest = text
  for (const value of stored) {
    if (!rest.includes(value)) continue
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    rest = rest.replace(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'gu'), ' ')
  }
  return rest
}

describe.runIf(chromiumAvailable())('every intranet page in French and German', () => {
  const journey = useJourney('i18n', { env: { RELAIS_DEMO: 'on' }, serverEnv: { RELAIS_PSEUDO_LOCALE: '1' } })

  // The records once for every walk (seededIds raises an alert), then the text stored with them.
  let records: Promise<{ ids: SeededIds; stored: string[] }> | undefined
  const seeded = () =>
    (records ??= seededIds(journey.payload).then(async (ids) => ({ ids, stored: await storedText(journey.databaseUrl) })))

  async function pageIn(viewer: Viewer, locale: string): Promise<Page> {
    const page = viewer === 'visiteur' ? await journey.newPage() : await journey.loggedIn(demoAccount[viewer], DEMO_PASSWORD)
    await page.context().addCookies([{ name: 'relais-locale', value: locale, url: journey.server.url }])
    return page
  }

  it.each(walked)('as %s, no interface text outside the catalogue', { timeout: 600_000 }, async (viewer) => {
    const { ids, stored } = await seeded()
    const page = await pageIn(viewer, 'qps')
    const problems: string[] = []
    const stillUntranslated: string[] = []
    for (const url of pagesFor(viewer, ids)) {
      const response = await visit(page, `${journey.server.url}${url}`)
      if (!response || response.status() >= 500) problems.push(`${url}: HTTP ${response?.status()}`)
      const text = await interfaceText(page)
      const missing = text.match(/⚠[\w.-]+/g)
      if (missing) problems.push(`${url}: missing messages ${[...new Set(missing)].join(', ')}`)
      let rest = withoutMessages(text)
      rest = withoutStored(rest, stored)
      const french = rest
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && looksFrench(line))
      const known = untranslatedPages.includes(url.split('?')[0])
      if (french.length && !known) problems.push(`${url} as ${viewer}: ${french.slice(0, 5).join(' | ')}`)
      if (!french.length && known) stillUntranslated.push(url)
    }
    expect(problems).toEqual([])
    expect(stillUntranslated, 'pages listed as untranslated that are now translated: remove them from the list').toEqual([])
  })

  it.each(walked)('as %s, every page in German', { timeout: 600_000 }, async (viewer) => {
    const { ids } = await seeded()
    const page = await pageIn(viewer, 'de')
    const problems: string[] = []
    for (const url of pagesFor(viewer, ids)) {
      await page.setViewportSize({ width: 390, height: 800 })
      const response = await visit(page, `${journey.server.url}${url}`)
      if (!response || response.status() >= 500) problems.push(`${url}: HTTP ${response?.status()}`)
      if ((await page.locator('html').getAttribute('lang')) !== 'de') problems.push(`${url}: not lang="de"`)
      const missing = (await page.locator('body').innerText()).match(/⚠[\w.-]+/g)
      if (missing) problems.push(`${url}: missing messages ${[...new Set(missing)].join(', ')}`)
      const overflow = await horizontalOverflow(page)
      if (overflow > 0) problems.push(`${url} at 390 px: ${overflow} px wider than the window`)
      if (shots) await screenshots(page, `de-${viewer}-${url}`)
    }
    expect(problems).toEqual([])
  })
})
