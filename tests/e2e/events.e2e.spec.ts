import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { calendarOf, parseCalendar } from '@tests/helpers/ical'
import { useJourney } from '@tests/helpers/journey'

describe.runIf(chromiumAvailable())('the symposium from the admin panel to a member’s calendar, in Chromium', () => {
  const journey = useJourney('events')

  it('a coordinator publishes "Symposium numérique 2027" in the admin; a member finds it, registers, gets the confirmation and the .ics', async () => {
    const { people, mailbox, server } = journey
    const coordinator = await journey.loggedIn(people.coordinator.email)
    await coordinator.goto(`${server.url}/admin/collections/events/create`)
    await coordinator.locator('#field-title').fill('Symposium numérique 2027')
    await coordinator.locator('#field-type').click()
    await coordinator.getByRole('option', { name: 'Symposium' }).click()
    await coordinator.locator('#field-startsAt input').fill('25.03.2027 09:00')
    await coordinator.locator('#field-startsAt input').press('Enter')
    await coordinator.locator('#field-endsAt input').fill('25.03.2027 16:00')
    await coordinator.locator('#field-endsAt input').press('Enter')
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
})
