/**
 * Deep links survive login, and the French error pages (issue 20, items 2 and 7), in Chromium: a logged-out person
 * follows the link of an e-mail Relais sent, logs in and lands on the linked page; a coordinator with the second
 * factor does the same with a shared link; an unknown address and a page reserved to other roles show French pages
 * inside the layout with the menu, checked at 390 and 1366 px (screenshots in RELAIS_SCREENSHOTS or the temp folder).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { activateSecondFactor, enrolmentView } from '@/auth/totp/enrolment'
import { codeAt, stepAt } from '@/auth/totp/totp'
import { poolOf } from '@/db/pool'
import type { User } from '@/payload-types'
import { chromiumAvailable } from '@tests/helpers/browser'
import { client, loginToken } from '@tests/helpers/http'
import { useJourney } from '@tests/helpers/journey'
import { createUser, PASSWORD } from '@tests/helpers/people'

const shots = process.env.RELAIS_SCREENSHOTS ?? path.join(os.tmpdir(), 'relais-screens')

describe.runIf(chromiumAvailable())('deep links and error pages in Chromium', () => {
  const journey = useJourney('links')

  it('a logged-out member follows « Voir l’événement » from her confirmation e-mail, logs in and lands on the event', async () => {
    const { server, people, mailbox } = journey
    const coordinator = client(server.url, await loginToken(server.url, people.coordinator.email, PASSWORD))
    const created = await coordinator.request('POST', '/api/events', {
      title: 'Atelier « sauvegardes » pour les communes',
      type: 'formation',
      summary: 'Tester une restauration, pas à pas.',
      place: 'Sion',
      startsAt: '2027-05-12T07:00:00.000Z',
      endsAt: '2027-05-12T09:00:00.000Z',
      _status: 'published',
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = created.json.doc.id as number
    // She registered from her office; she opens the e-mail later, on a device where she is not logged in.
    const member = client(server.url, await loginToken(server.url, people['member A'].email, PASSWORD))
    expect((await member.request('POST', `/api/events/${id}/registration`)).status).toBeLessThan(300)
    const mail = await mailbox.waitFor(
      (m) => JSON.stringify(m.to).includes(people['member A'].email) && /^Inscription confirmée/.test(m.subject ?? ''),
    )
    const link = /href="([^"]+)"[^>]*>Voir l’événement</.exec(String(mail.html))![1]!.replace(/&amp;/g, '&')
    expect(link).toBe(`${server.url}/agenda/${id}`)

    const page = await journey.newPage()
    await page.goto(link)
    await page.waitForURL(/\/connexion\?next=/)
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/agenda/${id}`)
    // The login card with the logo of public/, at both widths.
    fs.mkdirSync(shots, { recursive: true })
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 })
      await page.screenshot({ path: path.join(shots, `connexion-${width}.png`), fullPage: true })
    }
    await journey.submitLogin(page, people['member A'].email, PASSWORD)
    await page.waitForURL(`${server.url}/agenda/${id}`)
    await page.getByRole('heading', { name: 'Atelier « sauvegardes » pour les communes' }).waitFor()
  })

  it('a coordinator with the second factor opens a shared link with a query, logs in with the code and lands on it', async () => {
    const { server, payload } = journey
    const person = await createUser(payload, { email: 'links.totp@test.local', name: 'Cora Lien', roles: ['coordinator'] })
    const user = (await payload.findByID({ collection: 'users', id: person.id })) as User
    const view = await enrolmentView(payload, user)
    if (view.enabled) throw new Error('already enrolled')
    expect(await activateSecondFactor(payload, user, codeAt(view.secret, stepAt()))).toMatchObject({ ok: true })
    // Stands for the 30 seconds until the app shows its next code (the one just used cannot serve twice).
    await poolOf(payload).query('update users set totp_last_step = $1 where id = $2', [stepAt() - 2, person.id])

    const page = await journey.newPage()
    await page.goto(`${server.url}/mesures/4?source=courriel`)
    await page.waitForURL(/\/connexion\?next=/)
    expect(new URL(page.url()).searchParams.get('next')).toBe('/mesures/4?source=courriel')
    await journey.submitLogin(page, person.email, PASSWORD)
    // The code on its own step, which keeps the page asked for.
    await page.getByRole('textbox', { name: 'Code de vérification' }).fill(codeAt(view.secret, stepAt()))
    await page.getByRole('button', { name: 'Valider le code' }).click()
    await page.waitForURL(`${server.url}/mesures/4?source=courriel`)
    await page.getByRole('heading', { level: 1, name: /^4\. / }).waitFor()
  })

  it('an unknown address and a page reserved to the coordination are French pages with the menu, at 390 and 1366 px', async () => {
    fs.mkdirSync(shots, { recursive: true })
    const page = await journey.loggedIn(journey.people['member B'].email)
    const cases = [
      { path: '/adresse/inconnue', status: 404, title: 'Page introuvable', shot: 'erreur-404' },
      { path: '/guides/suivi', status: 403, title: 'Vous n’avez pas accès à cette page', shot: 'erreur-403' },
    ]
    for (const { path: address, status, title, shot } of cases) {
      const response = await page.goto(`${journey.server.url}${address}`)
      expect(response?.status(), address).toBe(status)
      await page.getByRole('heading', { level: 1, name: title }).waitFor()
      expect(await page.title(), address).not.toMatch(/404|403|could not|not authorized/i)
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Guides' }).waitFor()
      await page.getByRole('link', { name: 'Retour à l’accueil' }).waitFor()
      for (const width of [390, 1366]) {
        await page.setViewportSize({ width, height: 900 })
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
          `${address}: no sideways scroll at ${width} px`,
        ).toBe(true)
        await page.screenshot({ path: path.join(shots, `${shot}-${width}.png`), fullPage: true })
      }
    }
  })
})
