import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chromiumAvailable, launchBrowser } from '../helpers/browser'
import { bootPayload } from '../helpers/payload'
import { createPeople, PASSWORD, type People } from '../helpers/people'
import { type RunningServer, startServer } from '../helpers/server'
import { type Mailbox, startSmtpCatcher } from '../helpers/smtp'

describe.runIf(chromiumAvailable())('account request journey in Chromium', () => {
  let payload: Payload
  let server: RunningServer
  let browser: Browser
  let mailbox: Mailbox
  let people: People

  beforeAll(async () => {
    mailbox = await startSmtpCatcher()
    let databaseUrl: string
    ;({ payload, databaseUrl } = await bootPayload())
    people = await createPeople(payload, 'journey')
    server = await startServer(databaseUrl, mailbox.env)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await mailbox?.stop()
  })

  const newPage = async (): Promise<Page> => (await browser.newContext({ locale: 'fr-CH' })).newPage()
  const linkIn = (html: unknown, path: string) => new RegExp(`href="([^"]*${path}[^"]*)"`).exec(String(html))![1]!.replace(/&amp;/g, '&')

  async function login(page: Page, email: string, password: string) {
    await page.goto(`${server.url}/connexion`)
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Mot de passe', { exact: true }).fill(password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByRole('heading', { name: /^Bonjour/ }).waitFor()
  }

  it('a person requests an account, confirms the e-mail, the municipal secretary approves, the person logs in', async () => {
    const email = 'lucie.lambert@sion.ch'
    const applicant = await newPage()
    await applicant.goto(`${server.url}/connexion`)
    await applicant.getByRole('link', { name: 'Demander un compte' }).click()
    await applicant.getByLabel('Prénom et nom').fill('Lucie Lambert')
    await applicant.getByLabel('E-mail professionnel').fill(email)
    await applicant.getByLabel('Commune').selectOption({ label: 'Sion (6266)' })
    await applicant.getByLabel('Fonction').fill('Office de la population')
    await applicant.waitForTimeout(3100) // the form refuses submissions faster than a person can type
    await applicant.getByRole('button', { name: 'Envoyer la demande' }).click()
    await applicant.getByRole('status').filter({ hasText: 'Un e-mail vient de vous être envoyé' }).waitFor()

    const confirmation = await mailbox.waitFor((m) => JSON.stringify(m.to).includes(email))
    await applicant.goto(linkIn(confirmation.html, '/demande-de-compte/confirmer'))
    await applicant.getByRole('button', { name: 'Confirmer ma demande' }).click()
    await applicant.getByRole('status').filter({ hasText: 'votre adresse est confirmée' }).waitFor()

    const secretary = await newPage()
    await login(secretary, people['validator A'].email, PASSWORD)
    await secretary.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma commune' }).click()
    const request = secretary.locator(`li[data-request="${email}"]`)
    await request.waitFor()
    expect(await request.textContent()).toContain('Office de la population')
    await request.getByRole('button', { name: 'Accepter' }).click()
    await secretary.getByRole('status').filter({ hasText: 'Compte de Lucie Lambert créé' }).waitFor()
    expect(await secretary.locator(`li[data-request="${email}"]`).count(), 'no longer pending').toBe(0)

    const welcome = await mailbox.waitFor((m) => JSON.stringify(m.to).includes(email) && m.subject === 'Relais : votre compte est ouvert')
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
    await secretary.goto(`${server.url}/ma-commune/comptes`)
    const row = secretary.locator(`tr[data-account="${email}"]`)
    expect(await row.textContent()).not.toContain('jamais')
    await row.getByRole('button', { name: 'Désactiver' }).click()
    await secretary.getByRole('status').filter({ hasText: 'compte désactivé' }).waitFor()
    const account = (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!
    expect(account.disabled).toBe(true)
  })

  it('a member without the validator role has no access to the commune’s requests', async () => {
    const member = await newPage()
    await login(member, people['member A'].email, PASSWORD)
    expect(await member.getByRole('link', { name: 'Ma commune' }).count()).toBe(0)
    expect((await member.goto(`${server.url}/ma-commune/demandes`))?.status()).toBe(404)
    expect((await member.goto(`${server.url}/ma-commune/demandes/export`))?.status()).toBe(403)
  })
})
