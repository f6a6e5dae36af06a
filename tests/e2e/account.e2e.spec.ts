import type { Response } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser, PASSWORD } from '@tests/helpers/people'

const shots = process.env.RELAIS_SCREENSHOTS

describe.runIf(chromiumAvailable())('one’s own account and reset links in Chromium', () => {
  const journey = useJourney('e2e-account')

  it('a member changes their password on “Mon compte” with the current one, then logs in with the new one', async () => {
    const user = await createUser(journey.payload, {
      email: 'e2e.compte@test.local',
      name: 'Marc Compte',
      roles: ['member'],
      commune: journey.people.communeA.id,
    })
    const page = await journey.loggedIn(user.email)
    if (shots) await page.setViewportSize({ width: 1366, height: 900 })
    await page.getByRole('link', { name: 'Mon compte' }).click()
    await page.getByRole('heading', { name: 'Mon compte' }).waitFor()
    if (shots) await page.screenshot({ path: `${shots}/compte-1366.png`, fullPage: true })
    const fresh = 'la nouvelle phrase de Marc'
    await page.getByLabel('Mot de passe actuel').fill('pas-le-bon-mot-de-passe')
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(fresh)
    await page.getByLabel('Confirmer le nouveau mot de passe').fill(fresh)
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click()
    await page.getByRole('alert').filter({ hasText: 'Le mot de passe actuel est incorrect.' }).waitFor()

    await page.getByLabel('Mot de passe actuel').fill(PASSWORD)
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(fresh)
    await page.getByLabel('Confirmer le nouveau mot de passe').fill(fresh)
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click()
    await page.getByRole('status').filter({ hasText: 'Votre mot de passe a été changé.' }).waitFor()
    expect(await page.getByLabel('Mot de passe actuel').inputValue(), 'the form is emptied').toBe('')
    if (shots) {
      await page.setViewportSize({ width: 390, height: 844 })
      await page.screenshot({ path: `${shots}/compte-390.png`, fullPage: true })
      // Back to a desktop, where the account links are in the header (on a phone they are in the menu).
      await page.setViewportSize({ width: 1366, height: 900 })
    }

    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await page.getByText('Vous êtes déconnecté·e.').waitFor()
    await journey.submitLogin(page, user.email, fresh)
    await page.getByRole('heading', { name: 'Bonjour Marc Compte' }).waitFor()
  })

  it('a secretary sends a colleague a link to choose a new password; the page says it was sent', async () => {
    const colleague = await createUser(journey.payload, {
      email: 'e2e.oubli@test.local',
      name: 'Olga Oubli',
      roles: ['member'],
      commune: journey.people.communeA.id,
    })
    const page = await journey.loggedIn(journey.people['validator A'].email)
    if (shots) await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(`${journey.server.url}/ma-commune/comptes`)
    const row = page.locator(`tr[data-account="${colleague.email}"]`)
    await row.getByRole('button', { name: 'Envoyer un lien' }).click()
    await row
      .getByRole('status')
      .filter({ hasText: `Un lien pour choisir un nouveau mot de passe a été envoyé à ${colleague.email}` })
      .waitFor()
    if (shots) {
      await page.screenshot({ path: `${shots}/comptes-1366.png`, fullPage: true })
      await page.setViewportSize({ width: 390, height: 844 })
      await page.screenshot({ path: `${shots}/comptes-390.png`, fullPage: true })
    }
    const mail = await journey.mailbox.waitFor((m) => (m.to && 'text' in m.to ? m.to.text : '').includes(colleague.email))
    expect(mail.subject).toBe('Relais : réinitialisation de votre mot de passe')
  })

  it('the admin panel’s « Changer le mot de passe » on someone else’s account is refused in French, and nothing changes', async () => {
    const target = await createUser(journey.payload, {
      email: 'e2e.admin-cible@test.local',
      name: 'Cible Panneau',
      roles: ['member'],
      commune: journey.people.communeA.id,
    })
    const page = await journey.loggedIn(journey.people.coordinator.email)
    await page.goto(`${journey.server.url}/admin/collections/users/${target.id}`)
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click()
    const chosen = 'choisi dans le panneau'
    await page.getByLabel('Nouveau mot de passe').fill(chosen)
    await page.getByLabel('Confirmez le mot de passe').fill(chosen)
    // The admin form validates the new fields on the server (form state) before it lets a save through: a click
    // that comes before that answer is ignored by the form, so it is repeated until the save request leaves.
    let answer: Response | null = null
    for (let attempt = 0; attempt < 10 && !answer; attempt++) {
      ;[answer] = await Promise.all([
        page
          .waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes(`/api/users/${target.id}`), { timeout: 2000 })
          .catch(() => null),
        page.getByRole('button', { name: 'Sauvegarder' }).click(),
      ])
    }
    if (!answer) throw new Error('the admin form never sent the save request')
    expect(answer.status()).toBe(403)
    expect(JSON.stringify(await answer.json())).toContain('Seule la personne elle-même choisit son mot de passe')
    await page.getByText('Seule la personne elle-même choisit son mot de passe').first().waitFor()
    if (shots) await page.screenshot({ path: `${shots}/admin-refus.png` })
    const login = await fetch(`${journey.server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: target.email, password: chosen }),
    })
    expect(login.status).toBe(401)
  })
})
