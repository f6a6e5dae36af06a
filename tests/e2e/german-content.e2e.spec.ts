import fs from 'node:fs'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { searchEngine } from '@/search/engine'
import deContent from '@messages/de/content.json'
import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { horizontalOverflow, seriousViolations } from '@tests/helpers/responsive'

/**
 * Issue 26: a coordinator adds the German version of a guide in the admin; a German member finds it by a German word
 * and reads it in German; a French member still reads it, and finds it, in French; a guide without German is shown
 * in French, said so, marked `lang="fr"`.
 */
const FRENCH_TITLE = 'Copies de secours sur bande magnétique'
const FRENCH_TEXT = 'Chaque vendredi, la commune copie ses dossiers sur une bande magnétique rangée hors de la maison de commune.'
const GERMAN_TITLE = 'Sicherungskopien auf Magnetband'
const GERMAN_SUMMARY = 'Wie die Gemeinde jede Woche eine Kopie ihrer Daten ausser Haus aufbewahrt.'
const GERMAN_TEXT = 'Die Datensicherung auf Magnetband erfolgt jeden Freitag und wird ausserhalb des Gemeindehauses aufbewahrt.'
const GERMAN_ACTIONS = ['Magnetband jeden Freitag beschreiben', 'Rücksicherung einmal im Quartal testen']
const shots = process.env.RELAIS_SHOTS

describe.runIf(chromiumAvailable())('a guide in German, in Chromium', () => {
  const journey = useJourney('german')

  /** A member reading Relais in German: the language they chose (the `relais-locale` cookie). */
  async function germanMember(email: string): Promise<Page> {
    const page = await journey.loggedIn(email)
    await page.context().addCookies([{ name: 'relais-locale', value: 'de', url: journey.server.url }])
    return page
  }

  it('a coordinator adds the German version of a guide; a German member finds it by a German word and reads it in German; a French member still reads and finds it in French', async () => {
    const { payload, people, server } = journey
    const guide = await payload.create({
      collection: 'guides',
      data: {
        title: FRENCH_TITLE,
        slug: 'copies-bande-magnetique',
        theme: 'sauvegardes',
        audiences: ['personnel'],
        summary: 'Comment la commune garde chaque semaine une copie de ses données hors de ses murs.',
        lastReviewedAt: '2026-01-01',
        reviewIntervalMonths: 12,
        body: richTextFromBlocks([{ p: FRENCH_TEXT }]),
        checklist: [
          { key: 'ecrire-bande', label: 'Écrire la bande chaque vendredi' },
          { key: 'tester-restauration', label: 'Tester la restauration chaque trimestre' },
        ],
        _status: 'published',
      } as never,
    })

    // 1. The coordinator opens the guide in the admin and switches the document to German.
    const coordinator = await journey.loggedIn(people.coordinator.email)
    await coordinator.setViewportSize({ width: 1366, height: 900 })
    await coordinator.goto(`${server.url}/admin/collections/guides/${guide.id}`)
    await coordinator.getByLabel(/^Titre/).waitFor()
    // Payload's locale selector, in the document header: its button shows the current language, its menu the others.
    await coordinator.locator('.localizer').first().getByRole('button').first().click()
    await coordinator.getByRole('button', { name: /^Deutsch/ }).click()
    await coordinator.waitForURL(/[?&]locale=de\b/)
    await expect.poll(() => coordinator.locator('.localizer').innerText()).toMatch(/Deutsch/)

    await coordinator.getByLabel(/^Titre/).fill(GERMAN_TITLE)
    await coordinator.getByLabel(/^Résumé/).fill(GERMAN_SUMMARY)
    // The rich text: the editor's text area, emptied (it may show the French as a starting point), then typed.
    const editor = coordinator.locator('.field-type.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await coordinator.keyboard.press('ControlOrMeta+A')
    await coordinator.keyboard.press('Delete')
    await coordinator.keyboard.type(GERMAN_TEXT)
    await expect.poll(() => editor.innerText()).toContain(GERMAN_TEXT)
    // Every action's wording, in German (the rows are folded: open each one).
    const checklist = coordinator.locator('#field-checklist')
    const toggles = checklist.locator('.collapsible__toggle')
    for (const [index, label] of GERMAN_ACTIONS.entries()) {
      const field = coordinator.locator(`#field-checklist__${index}__label`)
      if (!(await field.isVisible())) await toggles.nth(index).click()
      await field.fill(label)
    }
    if (shots) await coordinator.screenshot({ path: `${shots}/german-guide-admin-1366.png`, fullPage: true })
    await coordinator
      .getByRole('button', { name: /^Publier/ })
      .first()
      .click()

    // Saved in German; the French stays as it was.
    await expect
      .poll(async () => {
        const german = await payload.findByID({ collection: 'guides', id: guide.id, locale: 'de', fallbackLocale: false as never })
        return [german.title, german.summary, german._status, german.checklist?.map((item) => [item.key, item.label])]
      })
      .toEqual([
        GERMAN_TITLE,
        GERMAN_SUMMARY,
        'published',
        [
          ['ecrire-bande', GERMAN_ACTIONS[0]],
          ['tester-restauration', GERMAN_ACTIONS[1]],
        ],
      ])
    const french = await payload.findByID({ collection: 'guides', id: guide.id, locale: 'fr' })
    expect(french.title).toBe(FRENCH_TITLE)
    expect(french.checklist?.map((item) => item.label)).toEqual([
      'Écrire la bande chaque vendredi',
      'Tester la restauration chaque trimestre',
    ])
    expect(JSON.stringify(french.body)).toContain(FRENCH_TEXT)
    // The publication queued the entry's indexing (src/search/sync.ts). In a journey the server's runner was seen to
    // leave the search queue untouched (even the seed's jobs), so the test runs it, as watch.e2e does for its queue.
    await payload.jobs.run({ queue: 'search', limit: 1000 })
    await expect
      .poll(
        async () =>
          (await searchEngine(payload).search({ q: 'Datensicherung', grants: ['members'], locale: 'de' })).hits.map((hit) => hit.url),
        { timeout: 60_000, interval: 1000 },
      )
      .toContain('/guides/copies-bande-magnetique')

    // 2. A German member types the German word in the search box: the guide is among the first suggestions.
    const german = await germanMember(people['member A'].email)
    await german.goto(`${server.url}/`)
    expect(await german.locator('html').getAttribute('lang')).toBe('de')
    const searchBox = german.getByRole('search').getByRole('combobox')
    await searchBox.pressSequentially('Datensicherung', { delay: 30 })
    const option = german.getByRole('option', { name: new RegExp(GERMAN_TITLE) })
    await option.waitFor()
    const options = await german.getByRole('option').allInnerTexts()
    expect(options.findIndex((text) => text.includes(GERMAN_TITLE))).toBeLessThan(3)
    expect(options.join('\n')).not.toContain(FRENCH_TITLE)
    await option.click()
    await german.waitForURL(/\/guides\/copies-bande-magnetique$/)
    const heading = german.getByRole('heading', { level: 1, name: GERMAN_TITLE })
    await heading.waitFor()
    expect(await heading.getAttribute('lang')).toBe('de')
    await german.getByText(GERMAN_TEXT).waitFor()
    expect(await german.locator('section.prose').getAttribute('lang')).toBe('de')
    await german.getByText(GERMAN_SUMMARY).waitFor()
    for (const label of GERMAN_ACTIONS) await german.getByText(label, { exact: true }).first().waitFor()
    expect(await german.locator('html').getAttribute('lang')).toBe('de')
    expect(await german.getByTestId('content-language-note').count()).toBe(0)
    const germanPage = await german.content()
    expect(germanPage).not.toContain(FRENCH_TITLE)
    expect(germanPage).not.toContain(FRENCH_TEXT)

    // 5. The German guide page at a phone's and a laptop's width: nothing sticks out, no serious accessibility fault.
    for (const width of [390, 1366]) {
      await german.setViewportSize({ width, height: width === 390 ? 844 : 900 })
      await german.waitForTimeout(200)
      expect(await horizontalOverflow(german), `overflow at ${width} px`).toBe(0)
      expect(await seriousViolations(german), `axe at ${width} px`).toEqual([])
      if (shots) await german.screenshot({ path: `${shots}/german-guide-${width}.png`, fullPage: true })
    }

    // 3. A French member reads the same guide in French, and the French search still finds it by its French words.
    const frenchMember = await journey.loggedIn(people['member B'].email)
    await frenchMember.goto(`${server.url}/guides/copies-bande-magnetique`)
    expect(await frenchMember.locator('html').getAttribute('lang')).toBe('fr')
    await frenchMember.getByRole('heading', { level: 1, name: FRENCH_TITLE }).waitFor()
    await frenchMember.getByText(FRENCH_TEXT).waitFor()
    await frenchMember.getByText('Écrire la bande chaque vendredi', { exact: true }).first().waitFor()
    const frenchPage = await frenchMember.content()
    expect(frenchPage).not.toContain(GERMAN_TITLE)
    expect(frenchPage).not.toContain(GERMAN_TEXT)
    const frenchBox = frenchMember.getByRole('search').getByRole('combobox')
    await frenchBox.fill('bande magnétique')
    await frenchBox.press('Enter')
    await frenchMember.waitForURL(/\/recherche\?q=/)
    const results = frenchMember.locator('.search-results h2 a')
    await results.first().waitFor()
    const titles = await results.allInnerTexts()
    expect(
      titles.slice(0, 3).some((text) => text.includes(FRENCH_TITLE)),
      titles.join(' | '),
    ).toBe(true)
    expect(titles.join('\n')).not.toContain(GERMAN_TITLE)
    // The German word is not in the French entries.
    await frenchMember.goto(`${server.url}/recherche?q=Datensicherung`)
    await frenchMember
      .getByText(/«\s*Datensicherung\s*»/)
      .first()
      .waitFor()
    expect(await frenchMember.content()).not.toContain(FRENCH_TITLE)
  }, 300_000)

  it('a German member opening a guide with no German version reads it in French, with a note saying so', async () => {
    const { server } = journey
    const page = await germanMember(journey.people['member B'].email)
    await page.goto(`${server.url}/guides/mots-de-passe`)
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    const heading = page.getByRole('heading', { level: 1, name: /Mots de passe/ })
    await heading.waitFor()
    expect(await heading.getAttribute('lang')).toBe('fr')
    const note = page.getByTestId('content-language-note')
    expect((await note.innerText()).trim()).toBe(deContent.onlyFrench)
    expect(await note.getAttribute('lang')).toBeNull()
    expect(await page.locator('section.prose').getAttribute('lang')).toBe('fr')
    expect(await page.locator('p.lead').getAttribute('lang')).toBe('fr')
  }, 120_000)
})

if (shots) fs.mkdirSync(shots, { recursive: true })
