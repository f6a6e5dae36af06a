/**
 * Issue 25, § 5, in Chromium: a coordinator opens /mesures, generates the Comité's report for a period, downloads
 * its PDF and the PDF's text says the same (title, period, a measure, a figure); the page on a phone, a laptop and
 * in print; a period that cannot be read, and who may open the report. With RELAIS_SCREENSHOTS=<folder>,
 * screenshots at 390 and 1366 px are written there.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'

import { longDate } from '@/format/dates'
import type { User } from '@/payload-types'
import { reportTitle } from '@/report/document'
import { readPeriod, shiftDay, zurichToday } from '@/report/period'
import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { horizontalOverflow, seriousViolations } from '@tests/helpers/responsive'

const shots = process.env.RELAIS_SCREENSHOTS
const squeeze = (text: string) => text.replace(/\s+/g, ' ')

/** A GET from inside the page, with its session, as a link the reader follows would be. */
async function fetchIn(page: Page, url: string) {
  return page.evaluate(async (address) => {
    const response = await fetch(address)
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
  }, url)
}

describe.runIf(chromiumAvailable())('the Comité’s report in Chromium', () => {
  const journey = useJourney('report')

  async function checkLayout(page: Page, name: string) {
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 800 })
      expect(await horizontalOverflow(page), `${name} at ${width} px`).toBe(0)
      expect(await seriousViolations(page), `${name} at ${width} px`).toEqual([])
      if (shots) {
        fs.mkdirSync(shots, { recursive: true })
        await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true })
      }
    }
    // In print: no form, no buttons; the report itself stays.
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('form', { name: 'Période du rapport' }).isVisible()).toBe(false)
    expect(await page.getByRole('link', { name: 'Télécharger le PDF' }).isVisible()).toBe(false)
    expect(await page.getByRole('heading', { name: 'Mesures par axe et priorité' }).isVisible()).toBe(true)
    if (shots) await page.screenshot({ path: path.join(shots, `${name}-print.png`), fullPage: true })
    await page.emulateMedia({ media: 'screen' })
  }

  it('a coordinator generates the report for a period from /mesures and downloads its PDF, which says the same', async () => {
    const { payload, people } = journey
    // Measure 29 moves today: inside the period chosen below.
    const cotec = (await payload.findByID({ collection: 'users', id: people.cotec.id })) as User
    const m29 = (await payload.find({ collection: 'measures', where: { number: { equals: 29 } }, depth: 0 })).docs[0]!
    await payload.update({
      collection: 'measures',
      id: m29.id,
      data: { status: 'en-cours', progress: 40 },
      user: cotec,
      overrideAccess: false,
    })

    const page = await journey.loggedIn(people.coordinator.email)
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mesures' }).click()
    await page.waitForURL(/\/mesures$/)
    await page.getByRole('link', { name: 'Rapport au Comité' }).click()
    await page.waitForURL(/\/mesures\/rapport$/)

    const today = zurichToday(new Date())
    const from = shiftDay(today, { months: -6 })
    const form = page.getByRole('form', { name: 'Période du rapport' })
    await form.getByLabel('Du').fill(from)
    await form.getByLabel('Au').fill(today)
    await form.getByRole('button', { name: 'Établir le rapport' }).click()
    await page.waitForURL((url) => url.searchParams.get('du') === from)
    const period = readPeriod(from, today, new Date()).period!
    const words = `du ${longDate(period.start)} au ${longDate(today + 'T12:00:00Z')}`
    await page.getByRole('heading', { level: 1, name: reportTitle() }).waitFor()
    expect(await page.locator('.page-header .lead').textContent()).toContain(`Période ${words}`)
    const row = page
      .getByRole('table', { name: 'Mesures de l’axe « Convergence des actions »' })
      .getByRole('row', { name: /Organisation de tests de phishing/ })
    expect(squeeze((await row.textContent()) ?? '')).toContain('Avancement : de 0 % à 40 %')
    await checkLayout(page, 'rapport-coordination')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le PDF' }).click()])
    expect(download.suggestedFilename()).toBe(`rapport-comite-${from}-au-${today}.pdf`)
    const bytes = new Uint8Array(fs.readFileSync((await download.path())!))
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true })
    const pdf = squeeze(text)
    expect(pdf).toContain(reportTitle())
    expect(pdf).toContain(`Période ${words}`)
    expect(pdf).toContain('Organisation de tests de phishing')
    expect(pdf).toContain('Avancement : de 0 % à 40 %')
    // The download is in the audit trail, like every export.
    const audit = await payload.find({ collection: 'audit-events', where: { action: { equals: 'export-downloaded' } }, depth: 0 })
    expect(audit.docs.map((d) => d.targetLabel)).toContain(`rapport-comite-${from}-au-${today}.pdf`)
  })

  it('a period that cannot be read is refused in French, on the page (404) and for the PDF (400)', async () => {
    const page = await journey.loggedIn(journey.people.coordinator.email)
    const response = await page.goto(`${journey.server.url}/mesures/rapport?du=2026-06-30&au=2026-01-01`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('.message--error').textContent()).toContain('La date de fin précède la date de début : inversez-les.')
    await page.getByRole('form', { name: 'Période du rapport' }).waitFor()
    for (const [query, message] of [
      ['du=2026-02-30&au=2026-06-30', 'La date de début n’est pas une date valable : choisissez un jour (AAAA-MM-JJ).'],
      ['du=2026-01-01&au=2999-01-01', 'La période ne peut pas finir après aujourd’hui'],
      ['du=2001-01-01&au=2026-01-01', 'La période est limitée à 5 ans : raccourcissez-la.'],
      ['du=%00&au=x', 'La date de début n’est pas une date valable'],
    ]) {
      const pdf = await fetchIn(page, `/mesures/rapport.pdf?${query}`)
      expect(pdf.status, query).toBe(400)
      expect(pdf.text, query).toContain(message)
    }
  })

  it('a COPIL member opens the report they receive; a member of a commune neither sees the link nor opens it', async () => {
    const copil = await journey.loggedIn(journey.people.copil.email)
    await copil.goto(`${journey.server.url}/mesures`)
    await copil.getByRole('link', { name: 'Rapport au Comité' }).click()
    await copil.getByRole('heading', { name: 'Mesures par axe et priorité' }).waitFor()
    expect((await fetchIn(copil, '/mesures/rapport.pdf')).type).toBe('application/pdf')

    const member = await journey.loggedIn(journey.people['member A'].email)
    await member.goto(`${journey.server.url}/mesures`)
    await member.getByRole('heading', { level: 1 }).waitFor()
    expect(await member.getByRole('link', { name: 'Rapport au Comité' }).count()).toBe(0)
    const response = await member.goto(`${journey.server.url}/mesures/rapport`)
    expect(response?.status()).toBe(403)
    expect((await fetchIn(member, '/mesures/rapport.pdf')).status).toBe(403)
  })
})
