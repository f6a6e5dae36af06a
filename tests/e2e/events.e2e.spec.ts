import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { zurichInstant } from '@/calendar/zurich'
import { dayOf, monthOf, shiftMonth } from '@/events/month'
import { monthYear } from '@/format/dates'
import { chromiumAvailable } from '@tests/helpers/browser'
import { calendarOf, parseCalendar } from '@tests/helpers/ical'
import { useJourney } from '@tests/helpers/journey'

describe.runIf(chromiumAvailable())('the symposium from the admin panel to a member’s calendar, in Chromium', () => {
  const journey = useJourney('events')
  const shots = path.join(os.tmpdir(), 'relais-screens')

  /** No sideways scroll at 390 and 1366 px, and a full-page screenshot at each width (to look at). */
  async function checkWidths(page: Page, name: string) {
    fs.mkdirSync(shots, { recursive: true })
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} at ${width} px`).toBe(true)
      await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true })
    }
  }

  it('a coordinator publishes "Symposium numérique 2027" in the admin; a member finds it, registers, gets the confirmation and the .ics', async () => {
    const { people, mailbox, server } = journey
    const coordinator = await journey.loggedIn(people.coordinator.email)
    await coordinator.goto(`${server.url}/admin/collections/events/create`)
    await coordinator.locator('#field-title').fill('Symposium numérique 2027')
    await coordinator.locator('#field-type').click()
    await coordinator.getByRole('option', { name: 'Symposium' }).click()
    await coordinator.locator('#field-startsAt input').first().fill('25.03.2027 09:00')
    await coordinator.locator('#field-startsAt input').first().press('Enter')
    await coordinator.locator('#field-endsAt input').first().fill('25.03.2027 16:00')
    await coordinator.locator('#field-endsAt input').first().press('Enter')
    await coordinator.locator('#field-place').fill('Martigny, CERM')
    await coordinator.locator('#field-summary').fill('Le symposium « digital » annuel des communes, avec le Canton et le RWO.')
    await coordinator.locator('#field-capacity').fill('150')
    await coordinator.getByRole('button', { name: 'Publier', exact: true }).click()
    await coordinator.waitForURL(/\/admin\/collections\/events\/\d+/)
    const id = Number(new URL(coordinator.url()).pathname.split('/').pop())

    const member = await journey.loggedIn(people['member A'].email)
    await member.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Agenda' }).click()
    await member.getByRole('region', { name: 'À venir' }).getByRole('link', { name: 'Symposium numérique 2027' }).click()
    await member.waitForURL(new RegExp(`/agenda/${id}$`))
    await member.getByText('jeudi 25 mars 2027 à 09:00 – 16:00').waitFor()
    await member.getByText('150 places libres sur 150').waitFor()
    await member.getByRole('button', { name: 'S’inscrire' }).click()
    await member.getByText('Inscription confirmée : un e-mail avec l’invitation (.ics) vous a été envoyé.').waitFor()
    await member.getByText('149 places libres sur 150').waitFor()

    const confirmation = await mailbox.waitFor(
      (m) => JSON.stringify(m.to).includes(people['member A'].email) && m.subject === 'Inscription confirmée : Symposium numérique 2027',
    )
    expect(parseCalendar(calendarOf(confirmation)).events[0]!.start.toISOString()).toBe('2027-03-25T08:00:00.000Z')

    const [download] = await Promise.all([
      member.waitForEvent('download'),
      member.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`evenement-${id}.ics`)
    const event = parseCalendar(fs.readFileSync((await download.path())!, 'utf8')).events[0]!
    expect(event).toMatchObject({ uid: `evenement-${id}@relais`, summary: 'Symposium numérique 2027', tzid: 'Europe/Zurich' })
    expect(event.start.toISOString()).toBe('2027-03-25T08:00:00.000Z')
    expect(event.end.toISOString()).toBe('2027-03-25T15:00:00.000Z')
  }, 180_000)

  it('the month view opens on the next event’s month, marks today, and moves month by month', async () => {
    const { payload, server, people } = journey
    // Webinars are this test's own: the page is filtered on them, whatever other tests publish.
    const webinar = (title: string, startsAt: Date, endsAt: Date) =>
      payload.create({
        collection: 'events',
        data: {
          title,
          type: 'webinaire',
          summary: 'Un webinaire pour les communes.',
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          _status: 'published',
        },
        draft: false,
      })
    const now = new Date()
    const current = monthOf(now)
    const later = shiftMonth(current, 2)
    const ahead = await webinar('Webinaire Quokka', zurichInstant(`${later}-10`, '10:00')!, zurichInstant(`${later}-10`, '11:00')!)
    const page = await journey.loggedIn(people['member A'].email)
    const month = page.getByRole('region', { name: monthYear(later) })

    // Nothing ahead this month: the month view opens on the webinar's month, and says why.
    await page.goto(`${server.url}/agenda?type=webinaire`)
    expect(await page.locator('h2#month').textContent()).toBe(monthYear(later))
    expect(await month.getByRole('link', { name: /Webinaire Quokka/ }).count()).toBe(1)
    expect(await page.getByTestId('month-note').textContent()).toContain(monthYear(current))
    expect(await page.locator('table.month [aria-current="date"]').count()).toBe(0)
    await checkWidths(page, 'agenda-next-month')

    // « Revenir à <this month> » shows today, marked for screen readers and for the eye.
    await page.getByRole('link', { name: `Revenir à ${monthYear(current)}` }).click()
    await page.waitForURL(new RegExp(`mois=${current}`))
    expect(new URL(page.url()).searchParams.get('type')).toBe('webinaire')
    const today = page.locator('table.month td[aria-current="date"]')
    expect(await today.count()).toBe(1)
    expect(await today.locator('.month__day').textContent()).toBe(`${Number(dayOf(now).slice(8))} aujourd’hui`)
    expect(await today.evaluate((td) => getComputedStyle(td).boxShadow)).not.toBe('none')

    // Month by month, with plain links (?mois=YYYY-MM).
    await page.getByRole('link', { name: `Mois suivant : ${monthYear(shiftMonth(current, 1))}` }).click()
    await page.waitForURL(new RegExp(`mois=${shiftMonth(current, 1)}`))
    expect(await page.locator('h2#month').textContent()).toBe(monthYear(shiftMonth(current, 1)))
    await page.getByRole('link', { name: `Mois précédent : ${monthYear(current)}` }).click()
    await page.waitForURL(new RegExp(`mois=${current}`))
    expect(await page.locator('h2#month').textContent()).toBe(monthYear(current))

    // A webinar under way now: the month view opens on this month, today marked.
    const running = await webinar('Webinaire Wombat', new Date(now.getTime() - 3600_000), new Date(now.getTime() + 2 * 3600_000))
    await page.goto(`${server.url}/agenda?type=webinaire`)
    expect(await page.locator('h2#month').textContent()).toBe(monthYear(current))
    expect(await page.getByTestId('month-note').count()).toBe(0)
    expect(await page.locator('table.month td[aria-current="date"]').count()).toBe(1)
    await checkWidths(page, 'agenda')
    for (const event of [ahead, running]) await payload.delete({ collection: 'events', id: event.id })
  }, 120_000)

  it('the subscription page copies each link to the clipboard, and offers the selected field where the clipboard is refused', async () => {
    const { server, people } = journey
    const page = await journey.loggedIn(people.cotec.email)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    await page.goto(`${server.url}/agenda/abonnement`)
    const copy = page.getByRole('button', { name: 'Copier le lien : Tous les événements' })
    await copy.click()
    const field = page.getByRole('textbox', { name: 'Lien : Tous les événements' })
    const link = await field.inputValue()
    expect(link).toMatch(/\/flux\/[A-Za-z0-9_-]{32}\/evenements\.ics$/)
    await page.getByRole('status').filter({ hasText: 'Lien copié' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
    // Committee members get their meetings' link too, with its own button.
    await page.getByRole('button', { name: 'Copier le lien : Mes séances de comité (privé)' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/flux\/[A-Za-z0-9_-]{32}\/seances\.ics$/)
    // How to add it, in each calendar.
    for (const name of [
      /^Outlook sur le web/,
      /^Outlook installé/,
      'Apple Calendar sur Mac',
      'Apple Calendar sur iPhone ou iPad',
      'Google Agenda',
    ])
      expect(await page.locator('details.howto > summary').filter({ hasText: name }).count(), String(name)).toBe(1)
    await page.locator('details.howto > summary').filter({ hasText: 'Google Agenda' }).click()
    await page.getByText('« À partir de l’URL »').waitFor()
    await checkWidths(page, 'agenda-abonnement')

    // Without a clipboard (an http address, an old browser): the field is selected, to copy with Ctrl+C.
    const bare = await journey.loggedIn(people['member A'].email)
    await bare.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }))
    await bare.goto(`${server.url}/agenda/abonnement`)
    await bare.getByRole('button', { name: 'Copier le lien : Tous les événements' }).click()
    await bare.getByRole('status').filter({ hasText: 'Ctrl+C' }).waitFor()
    const selected = await bare.evaluate(() => {
      const input = document.activeElement as HTMLInputElement
      return { label: input.labels?.[0]?.textContent, start: input.selectionStart, end: input.selectionEnd, length: input.value.length }
    })
    expect(selected).toEqual({ label: 'Lien : Tous les événements', start: 0, end: selected.length, length: selected.length })
    expect(selected.length).toBeGreaterThan(40)
    expect(await bare.getByRole('button', { name: /Mes séances de comité/ }).count()).toBe(0)
  }, 120_000)
})
