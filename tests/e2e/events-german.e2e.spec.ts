/**
 * Issue 26's journey: a German-speaking member (users.locale = 'de') registers for an event in Chromium, and receives
 * the confirmation e-mail and its .ics in German, over real SMTP; the page they register on and the .ics they
 * download speak German too. The event's title, entered by an editor in French, stays as written.
 */
import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { LOCALE_COOKIE } from '@/i18n/locales'
import { chromiumAvailable } from '@tests/helpers/browser'
import { calendarOf, parseCalendar } from '@tests/helpers/ical'
import { useJourney } from '@tests/helpers/journey'
import { PASSWORD } from '@tests/helpers/people'

describe.runIf(chromiumAvailable())('a German-speaking member registers for an event, in Chromium', () => {
  const journey = useJourney('events-de')

  it('registers in German and receives the confirmation and its .ics in German', async () => {
    const { payload, people, mailbox, server } = journey
    const member = people['member B']
    await payload.update({ collection: 'users', id: member.id, data: { locale: 'de' } })
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Formation cybersécurité 2027',
        type: 'formation',
        summary: 'Les bons réflexes pour les communes.',
        place: 'Sierre',
        startsAt: '2027-04-22T07:00:00.000Z',
        endsAt: '2027-04-22T09:00:00.000Z',
        capacity: 20,
        _status: 'published',
      },
    })

    const page = await journey.newPage()
    await page.goto(`${server.url}/connexion`)
    await journey.submitLogin(page, member.email, PASSWORD)
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'))
    // The language the person chose, as the login keeps it between visits.
    await page.context().addCookies([{ name: LOCALE_COOKIE, value: 'de', url: server.url }])

    await page.goto(`${server.url}/agenda/${event.id}`)
    await page.getByRole('heading', { name: 'Formation cybersécurité 2027' }).waitFor()
    expect(await page.getByText('Weiterbildung', { exact: true }).count()).toBeGreaterThan(0)
    await page.getByText('20 freie Plätze von 20').waitFor()
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click()
    await page.getByText('Anmeldung bestätigt: Sie haben eine E-Mail mit der Einladung (.ics) erhalten.').waitFor()
    await page.getByText('19 freie Plätze von 20').waitFor()

    const confirmation = await mailbox.waitFor(
      (m) => JSON.stringify(m.to).includes(member.email) && m.subject === 'Anmeldung bestätigt: Formation cybersécurité 2027',
    )
    expect(confirmation.html).toContain('<html lang="de">')
    expect(confirmation.html).toContain(`Guten Tag ${member.name}`)
    expect(confirmation.html).toContain('Ihre Anmeldung für «Formation cybersécurité 2027» ist bestätigt.')
    expect(confirmation.html).not.toMatch(/Bonjour|Quand :|Où :/)
    expect(confirmation.text).toContain('Wo: Sierre.')
    const attached = calendarOf(confirmation)
    // ical-generator writes the calendar's language into its PRODID.
    expect(attached).toContain('PRODID:-//Relais//Intranet//DE')
    const invitation = parseCalendar(attached)
    expect(invitation.method).toBe('REQUEST')
    expect(invitation.events[0]).toMatchObject({ uid: `evenement-${event.id}@relais`, summary: 'Formation cybersécurité 2027' })
    expect(invitation.events[0]!.start.toISOString()).toBe('2027-04-22T07:00:00.000Z')
    expect(invitation.events[0]!.description).toMatch(new RegExp(`Details und Anmeldung: \\S+/agenda/${event.id}$`))

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Zu meinem Kalender hinzufügen (.ics)' }).click(),
    ])
    const downloaded = fs.readFileSync((await download.path())!, 'utf8')
    expect(downloaded).toContain('PRODID:-//Relais//Intranet//DE')
    expect(parseCalendar(downloaded).events[0]!.description).toContain('Details und Anmeldung: ')
  }, 180_000)
})
