import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { calendarOf, parseCalendar } from '@tests/helpers/ical'
import { useJourney } from '@tests/helpers/journey'
import { createUser } from '@tests/helpers/people'

describe.runIf(chromiumAvailable())('a COTEC meeting from agenda to approved minutes, in Chromium', () => {
  const journey = useJourney('meetings')

  /** Opens the add form if the page closed it after the previous item, then adds the item. */
  async function addItem(page: Page, item: { title: string; minutes: string; presenter?: string; confidential?: boolean }) {
    const form = page.getByRole('form', { name: 'Ajouter un point' })
    if (!(await form.getByLabel('Titre du point').isVisible())) await page.getByText('Ajouter un point', { exact: true }).click()
    await form.getByLabel('Titre du point').fill(item.title)
    await form.getByLabel('Durée (minutes)').fill(item.minutes)
    if (item.presenter) await form.getByLabel('Présenté par').fill(item.presenter)
    if (item.confidential) await form.getByLabel(/Confidentiel/).check()
    await form.getByRole('button', { name: 'Ajouter le point' }).click()
    await page.getByRole('table').getByText(item.title).waitFor()
  }

  async function newMeeting(page: Page, date: string) {
    await page.goto(`${journey.server.url}/seances`)
    await page.getByRole('link', { name: 'Nouvelle séance' }).click()
    const form = page.getByRole('form', { name: 'Nouvelle séance' })
    await form.getByLabel('Date').fill(date)
    await form.getByLabel('Heure de début').fill('14:00')
    await form.getByLabel('Durée (minutes)').fill('90')
    await form.getByLabel('Lieu').fill('Sion, salle de conférence')
    await form.getByRole('button', { name: 'Créer la séance' }).click()
    await page.waitForURL(/\/seances\/\d+\?creee=1$/)
    return Number(new URL(page.url()).pathname.split('/').pop())
  }

  it('the secretary builds and convenes; members get the invitation; the minutes are approved at the next meeting and a member reads them', async () => {
    const { payload, people, mailbox } = journey
    const nina = await createUser(payload, { email: 'meetings.nina@test.local', name: 'Nina Réseau', roles: ['cotec', 'member'] })
    const cotec = (await payload.find({ collection: 'committees', where: { slug: { equals: 'cotec' } }, depth: 0 })).docs[0]!
    await payload.update({
      collection: 'committees',
      id: cotec.id,
      data: {
        memberships: [
          { user: people.cotec.id, role: 'secretariat', from: '2026-01-01' },
          { user: nina.id, role: 'membre', from: '2026-01-01' },
        ],
      },
    })

    const secretary = await journey.loggedIn(people.cotec.email)
    await secretary.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Séances' }).click()
    await secretary.getByText('Thierry Cotec — Secrétariat').waitFor()
    const first = await newMeeting(secretary, '2027-03-25')
    await addItem(secretary, { title: 'Bilan des sauvegardes communales', minutes: '20', presenter: 'Thierry Cotec' })
    await addItem(secretary, { title: 'Budget 2027 du COTEC', minutes: '30' })
    await addItem(secretary, { title: 'Incident chez un prestataire', minutes: '20', confidential: true })
    expect(await secretary.locator('.agenda tfoot').textContent()).toContain('1 h 10 sur 1 h 30')
    const firstTitle = () => secretary.locator('.agenda tbody tr').first().locator('strong').textContent()
    await secretary.getByRole('button', { name: 'Descendre le point 1' }).click()
    await expect.poll(firstTitle).toBe('Budget 2027 du COTEC')
    await secretary.getByRole('button', { name: 'Monter le point 2' }).click()
    await expect.poll(firstTitle).toBe('Bilan des sauvegardes communales')

    await secretary.getByRole('button', { name: 'Convoquer le comité' }).click()
    await secretary.getByText('Séance convoquée : 2 membres ont reçu l’ordre du jour et l’invitation.').waitFor()
    const invitation = await mailbox.waitFor(
      (m) => JSON.stringify(m.to).includes(nina.email) && /^Convocation : COTEC/.test(m.subject ?? ''),
    )
    expect(invitation.html).toContain('3. Incident chez un prestataire (20 min) — confidentiel')
    const event = parseCalendar(calendarOf(invitation)).events[0]!
    expect(event.start.toISOString()).toBe('2027-03-25T13:00:00.000Z')
    expect(event.uid).toBe(`seance-${first}@relais`)

    // Convened, weeks away: nothing to close, no minutes to write yet; cancelling stays possible.
    expect(await secretary.getByRole('button', { name: 'Clore la séance (tenue)' }).count()).toBe(0)
    expect(await secretary.getByRole('form', { name: 'Procès-verbal du point 1' }).count()).toBe(0)
    expect(await secretary.locator('summary', { hasText: 'Annuler la séance' }).count()).toBe(1)

    // The meeting takes place: its date is now in the past.
    await payload.db.updateOne({ collection: 'meetings', id: first, data: { startsAt: '2026-11-12T13:00:00.000Z' } })
    await secretary.goto(`${journey.server.url}/seances/${first}`)
    const minutes = [
      { decision: 'Un test de restauration par trimestre est recommandé aux communes.' },
      { decision: 'Budget adopté à l’unanimité.' },
      { noDecision: true },
    ]
    for (const [index, entry] of minutes.entries()) {
      const form = secretary.getByRole('form', { name: `Procès-verbal du point ${index + 1}` })
      await form.getByLabel('Discussion').fill(`Discussion du point ${index + 1}.`)
      if (entry.decision) await form.getByLabel('Décision', { exact: true }).fill(entry.decision)
      if (entry.noDecision) await form.getByLabel('Pas de décision').check()
      await form.getByRole('button', { name: `Enregistrer le point ${index + 1}` }).click()
      await form.getByRole('status').waitFor()
    }
    // Closing cannot be undone: a dialog asks first, and the box must be ticked (the server checks it).
    const close = secretary.getByRole('form', { name: 'Clore la séance' })
    const questions: string[] = []
    let answer = false
    secretary.on('dialog', (dialog) => {
      questions.push(dialog.message())
      void (answer ? dialog.accept() : dialog.dismiss())
    })
    await close.getByRole('button', { name: 'Clore la séance (tenue)' }).click()
    await expect.poll(() => questions.length).toBe(1)
    expect(questions[0]).toBe('Clore la séance ? Son ordre du jour ne pourra plus être modifié.')
    expect(await close.getByRole('alert').count()).toBe(0)
    answer = true
    await close.getByRole('button', { name: 'Clore la séance (tenue)' }).click()
    await close.getByRole('alert').waitFor()
    expect(await close.getByRole('alert').textContent()).toBe('Cochez la case de confirmation : cette étape ne peut pas être annulée.')
    await close.getByLabel(/Je confirme que la séance s’est tenue/).check()
    await close.getByRole('button', { name: 'Clore la séance (tenue)' }).click()
    await secretary.getByText('Séance close : le procès-verbal sera approuvé lors de la prochaine séance.').waitFor()
    expect(await secretary.locator('summary', { hasText: 'Annuler la séance' }).count()).toBe(0)

    const second = await newMeeting(secretary, '2027-04-22')
    await secretary.getByRole('table').getByText('Approbation du procès-verbal de la séance précédente').waitFor()
    await secretary.getByRole('button', { name: 'Convoquer le comité' }).click()
    await secretary.getByText(/Séance convoquée/).waitFor()
    await secretary.getByRole('button', { name: 'Approuver le procès-verbal de la séance du 12 novembre 2026' }).click()
    await secretary.getByText(/Procès-verbal approuvé : il est désormais lisible par tous les membres/).waitFor()
    expect(second).toBeGreaterThan(first)
    // On paper: the agenda and the minutes, without the forms and buttons.
    await secretary.emulateMedia({ media: 'print' })
    expect(await secretary.getByRole('table').first().isVisible()).toBe(true)
    expect(await secretary.getByRole('form', { name: 'Procès-verbal du point 1' }).isVisible()).toBe(false)
    expect(await secretary.getByRole('button', { name: 'Clore la séance (tenue)' }).isVisible()).toBe(false)
    expect(await secretary.getByText('Décision : Le procès-verbal de la séance du 12 novembre 2026 est approuvé.').isVisible()).toBe(true)
    await secretary.emulateMedia({ media: 'screen' })

    const member = await journey.loggedIn(people['member A'].email)
    await member.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Séances' }).click()
    await member.getByRole('link', { name: /12 novembre 2026/ }).click()
    await member.waitForURL(new RegExp(`/seances/${first}$`))
    const record = member.getByRole('region', { name: /Procès-verbal \(approuvé\)/ })
    await record.waitFor()
    const text = await record.textContent()
    expect(text).toContain('Un test de restauration par trimestre est recommandé aux communes.')
    expect(text).toContain('Budget adopté à l’unanimité.')
    expect(await member.content()).not.toContain('Incident chez un prestataire')
    expect(await member.getByRole('form').count()).toBe(0)
  }, 180_000)
})
