import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'

import { addMonths } from '@/checklists/recurrence'
import { checklistToday } from '@/checklists/today'
import { longDate } from '@/format/dates'
import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser } from '@tests/helpers/people'
import { horizontalOverflow, menuProblem, seriousViolations } from '@tests/helpers/responsive'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { PDF } from '@tests/helpers/uploads'

const shots = process.env.RELAIS_SCREENSHOTS
const noon = (day: string) => `${day}T12:00:00Z`

/**
 * A référent records the yearly restore test of the backups guide with its report, and sees it done; a year later
 * the action is due again, in the guide and in the commune's compliance calendar. « A year later » is a second
 * production server on the same database started with RELAIS_TEST_TODAY (src/checklists/today.ts): the server's
 * day moves, which the browser's clock alone (Playwright's page.clock) could not do for server-rendered pages.
 */
describe.runIf(chromiumAvailable())('recurring checklist actions with proof, in Chromium', () => {
  const journey = useJourney('recur')
  const problems: string[] = []
  let later: RunningServer | undefined
  afterAll(async () => {
    await later?.stop()
  })

  async function checkLayout(page: Page, name: string) {
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 800 })
      const overflow = await horizontalOverflow(page)
      if (overflow > 0) problems.push(`${name} at ${width} px: ${overflow} px wider than the window`)
      const menu = await menuProblem(page)
      if (menu) problems.push(`${name} at ${width} px: menu ${menu}`)
      for (const violation of await seriousViolations(page)) problems.push(`${name} at ${width} px: axe ${violation}`)
      if (shots) {
        fs.mkdirSync(shots, { recursive: true })
        await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true })
      }
    }
    await page.setViewportSize({ width: 1366, height: 800 })
  }

  it('a référent records a restore test with its report, sees it done, and a year later sees it due again', async () => {
    const { payload, people, server } = journey
    const referent = await createUser(payload, {
      email: 'referent.recur@test.local',
      name: 'Rosalie Référente',
      roles: ['member'],
      commune: people.communeA.id,
      communeReferent: true,
    })
    const today = checklistToday()
    const due = addMonths(today, 12)

    const sion = await journey.loggedIn(referent.email)
    await sion.goto(`${server.url}/guides/sauvegardes`)
    const action = sion.locator('li[data-item="test-restauration-annuel"]')
    await expect.poll(() => action.getByText('Chaque année').count()).toBe(1)
    const form = action.getByRole('form', { name: /^Fait :/ })
    expect(await form.getByLabel('Fait le').inputValue()).toBe(today)
    // A day in the future is refused in French, and nothing is recorded.
    await form.getByLabel('Fait le').fill(addMonths(today, 1))
    await form.getByRole('button', { name: 'Enregistrer comme fait' }).click()
    await form.getByText('La date de réalisation ne peut pas être dans le futur.').waitFor()
    expect(await action.getAttribute('data-state')).toBe('none')
    await form.getByLabel('Fait le').fill(today)
    await form.getByLabel('Preuve (facultatif)').setInputFiles({ name: 'pv-restauration.pdf', mimeType: 'application/pdf', buffer: PDF })
    await form.getByRole('button', { name: 'Enregistrer comme fait' }).click()
    await sion.getByText(`Action enregistrée comme faite le ${longDate(noon(today))}, avec sa preuve.`).waitFor()

    await sion.reload()
    await expect.poll(() => action.getAttribute('data-state')).toBe('done')
    expect(await action.getAttribute('data-due')).toBe('notDue')
    expect(await action.getByTestId('due').textContent()).toBe(
      `Fait le ${longDate(noon(today))}, à refaire avant le ${longDate(noon(due))}.`,
    )
    const proof = action.getByRole('link', { name: /^Preuve : pv-restauration(-\d+)?\.pdf$/ })
    const href = (await proof.getAttribute('href'))!
    // Fetched by the page itself, as a click on the link would (the browser sends the session cookie and Sec-Fetch-Site).
    const open = (page: Page, url: string) =>
      page.evaluate(async (url) => {
        const response = await fetch(url)
        return { status: response.status, start: (await response.text()).slice(0, 5) }
      }, url)
    expect(await open(sion, href)).toEqual({ status: 200, start: '%PDF-' })
    await checkLayout(sion, 'guide-recurrent')

    // Martigny cannot open Sion's proof.
    const martigny = await journey.loggedIn(people['member B'].email)
    expect((await open(martigny, href)).status).toBe(404)

    // Sion's compliance calendar lists it in its month, next year.
    await sion.goto(`${server.url}/ma-commune`)
    const calendar = sion.getByTestId('compliance-calendar')
    await calendar.getByRole('link', { name: /test de restauration/ }).waitFor()
    expect(await calendar.locator('[data-due="notDue"]').count()).toBe(1)
    await checkLayout(sion, 'calendrier')

    // A year later: the server's day is the due date.
    later = await startServer(journey.databaseUrl, { ...journey.mailbox.env, RELAIS_TEST_TODAY: due, RELAIS_JOBS: 'off' })
    const again = await journey.newPage()
    await again.goto(`${later.url}/connexion`)
    await journey.submitLogin(again, referent.email, 'Correct-horse-battery-42')
    await again.getByRole('heading', { name: /^Bonjour/ }).waitFor()
    await again.goto(`${later.url}/guides/sauvegardes`)
    const overdue = again.locator('li[data-item="test-restauration-annuel"]')
    await expect.poll(() => overdue.getAttribute('data-due')).toBe('overdue')
    expect(await overdue.getAttribute('data-state')).toBe('todo')
    await overdue.getByText('À refaire', { exact: true }).waitFor()
    await again.goto(`${later.url}/ma-commune`)
    const lateCalendar = again.getByTestId('compliance-calendar')
    await lateCalendar.getByRole('heading', { name: 'En retard' }).waitFor()
    const line = lateCalendar.locator('[data-due="overdue"]')
    expect(await line.count()).toBe(1)
    await line.getByRole('link').click()
    await again.waitForURL(/\/guides\/sauvegardes#action-test-restauration-annuel$/)
    await checkLayout(again, 'guide-a-refaire')

    expect(problems).toEqual([])
  })
})
