import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'

describe.runIf(chromiumAvailable())('account request journey in Chromium', () => {
  const journey = useJourney('journey')
  const newPage = () => journey.newPage()
  const linkIn = (html: unknown, path: string) => new RegExp(`href="([^"]*${path}[^"]*)"`).exec(String(html))![1]!.replace(/&amp;/g, '&')

  it('a person requests an account, confirms the e-mail, the municipal secretary approves, the person logs in', async () => {
    const email = 'lucie.lambert@sion.ch'
    const applicant = await newPage()
    await applicant.goto(`${journey.server.url}/connexion`)
    await applicant.getByRole('link', { name: 'Demander un compte' }).click()
    await applicant.getByLabel('Prénom et nom').fill('Lucie Lambert')
    await applicant.getByLabel('E-mail professionnel').fill(email)
    await applicant.getByLabel('Commune').selectOption({ label: 'Sion (6266)' })
    await applicant.getByLabel('Fonction').fill('Office de la population')
    await applicant.getByRole('button', { name: 'Envoyer la demande' }).click()
    await applicant.getByRole('status').filter({ hasText: 'Un e-mail vient de vous être envoyé' }).waitFor()

    const confirmation = await journey.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email))
    await applicant.goto(linkIn(confirmation.html, '/demande-de-compte/confirmer'))
    await applicant.getByRole('button', { name: 'Confirmer ma demande' }).click()
    await applicant.getByRole('status').filter({ hasText: 'votre adresse est confirmée' }).waitFor()

    const secretary = await journey.loggedIn(journey.people['validator A'].email)
    await secretary.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma commune' }).click()
    await secretary.getByRole('link', { name: 'Demandes de compte' }).click()
    const request = secretary.locator(`li[data-request="${email}"]`)
    await request.waitFor()
    expect(await request.textContent()).toContain('Office de la population')
    await request.getByRole('button', { name: 'Accepter' }).click()
    await secretary.getByRole('status').filter({ hasText: 'Compte de Lucie Lambert créé' }).waitFor()
    expect(await secretary.locator(`li[data-request="${email}"]`).count(), 'no longer pending').toBe(0)

    const welcome = await journey.mailbox.waitFor(
      (m) => JSON.stringify(m.to).includes(email) && m.subject === 'Relais : votre compte est ouvert',
    )
    await applicant.goto(linkIn(welcome.html, '/reinitialiser-mot-de-passe'))
    await applicant.getByLabel('Nouveau mot de passe').fill('la phrase secrète de Lucie')
    await applicant.getByLabel('Confirmer le mot de passe').fill('la phrase secrète de Lucie')
    await applicant.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
    await applicant.getByText('Votre mot de passe a été changé').waitFor()
    await applicant.getByLabel('Adresse e-mail').fill(email)
    await applicant.getByLabel('Mot de passe', { exact: true }).fill('la phrase secrète de Lucie')
    await applicant.getByRole('button', { name: 'Se connecter' }).click()
    await applicant.getByRole('heading', { name: 'Bonjour Lucie Lambert' }).waitFor()
    expect(await applicant.getByTestId('commune').textContent()).toContain('Commune de Sion')

    // The secretary sees the new account and its first login, and can disable it.
    await secretary.goto(`${journey.server.url}/ma-commune/comptes`)
    const row = secretary.locator(`tr[data-account="${email}"]`)
    expect(await row.textContent()).not.toContain('jamais')
    await row.getByRole('button', { name: 'Désactiver' }).click()
    await secretary.getByRole('status').filter({ hasText: 'compte désactivé' }).waitFor()
    const account = (await journey.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!
    expect(account.disabled).toBe(true)
  })

  it('autofill + Enter at once: sent, not refused as « trop vite »; without JavaScript, errors sit by their fields and values stay', async () => {
    // As a browser's autofill does: every field filled the moment the page is there, then Enter.
    const quick = await newPage()
    await quick.goto(`${journey.server.url}/demande-de-compte`)
    await quick.getByLabel('Prénom et nom').fill('Anne Autofill')
    await quick.getByLabel('E-mail professionnel').fill('anne.autofill@sion.ch')
    await quick.getByLabel('Commune').selectOption({ label: 'Sion (6266)' })
    await quick.getByLabel('Fonction').fill('Greffe')
    await quick.getByLabel('Fonction').press('Enter')
    await quick.getByRole('status').filter({ hasText: 'Un e-mail vient de vous être envoyé' }).waitFor()
    expect(await quick.getByText('trop vite').count()).toBe(0)

    // Before React has loaded (or without JavaScript), the page comes back from the server with the answer.
    const context = await journey.browser.newContext({ locale: 'fr-CH', javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(`${journey.server.url}/demande-de-compte`)
    await plain.getByLabel('Prénom et nom').fill('Bruno Bref')
    await plain.getByLabel('E-mail professionnel').fill('bruno.bref@sion.ch')
    await plain.getByLabel('Commune').selectOption({ label: 'Sion (6266)' })
    await plain.getByLabel('Prénom et nom').press('Enter')
    await plain.waitForLoadState()
    // The summary at the top, and the message next to the one field in error, on this first attempt.
    await plain.getByRole('alert').filter({ hasText: 'Indiquez votre fonction' }).waitFor()
    const fonction = plain.getByLabel('Fonction')
    expect(await fonction.getAttribute('aria-invalid')).toBe('true')
    expect(await plain.locator(`#${await fonction.getAttribute('aria-describedby')}`).textContent()).toContain('Indiquez votre fonction')
    expect(await plain.getByLabel('Prénom et nom').inputValue()).toBe('Bruno Bref')
    expect(await plain.getByLabel('E-mail professionnel').inputValue()).toBe('bruno.bref@sion.ch')
    expect(await plain.getByLabel('Commune').inputValue()).not.toBe('')
    await fonction.fill('Contrôle des habitants')
    await fonction.press('Enter')
    await plain.getByRole('status').filter({ hasText: 'Un e-mail vient de vous être envoyé' }).waitFor()
    await context.close()
  })

  it('a member without the validator role has no access to the commune’s requests', async () => {
    const member = await journey.loggedIn(journey.people['member A'].email)
    await member.goto(`${journey.server.url}/ma-commune`)
    await member.getByRole('heading', { name: 'Registre numérique de Sion' }).waitFor()
    expect(await member.getByRole('link', { name: 'Demandes de compte' }).count()).toBe(0)
    expect((await member.goto(`${journey.server.url}/ma-commune/demandes`))?.status()).toBe(403)
    expect((await member.goto(`${journey.server.url}/ma-commune/demandes/export`))?.status()).toBe(403)
  })
})
