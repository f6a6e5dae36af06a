import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { PROOF_COOKIE } from '@/auth/loginProof'
import { activateSecondFactor, enrolmentView } from '@/auth/totp/enrolment'
import { codeAt, stepAt } from '@/auth/totp/totp'
import { poolOf } from '@/db/pool'
import type { User } from '@/payload-types'
import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser, PASSWORD } from '@tests/helpers/people'

describe.runIf(chromiumAvailable())('login journeys in Chromium', () => {
  const journey = useJourney('e2e')
  const newPage = () => journey.newPage()
  const submitLogin = (page: Page, email: string, password: string) => journey.submitLogin(page, email, password)
  const submitCode = async (page: Page, code: string) => {
    await page.getByRole('textbox', { name: 'Code de vérification' }).fill(code)
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Valider le code' }).click(),
    ])
  }
  /** An account with the second factor on, and its secret (what the person's app holds). */
  const withSecondFactor = async (email: string, name: string) => {
    const person = await createUser(journey.payload, { email, name, roles: ['coordinator'] })
    const user = (await journey.payload.findByID({ collection: 'users', id: person.id })) as User
    const view = await enrolmentView(journey.payload, user)
    if (view.enabled) throw new Error('already enrolled')
    expect(await activateSecondFactor(journey.payload, user, codeAt(view.secret, stepAt()))).toMatchObject({ ok: true })
    await letTimePass(person.id)
    return { ...person, secret: view.secret }
  }
  // Stands for the 30 seconds until the app shows its next code (the one just used cannot serve twice).
  const letTimePass = (id: number) =>
    poolOf(journey.payload).query('update users set totp_last_step = $1 where id = $2', [stepAt() - 2, id])
  const failedLogins = async () =>
    (await poolOf(journey.payload).query(`select count(*)::int as n from throttle_events where action = 'login'`)).rows[0].n as number

  it('a member logs in, is greeted by name with their commune, and logs out', async () => {
    const page = await newPage()
    await page.goto(`${journey.server.url}/`)
    await page.waitForURL(/\/connexion/)
    await expect.poll(() => page.title()).toContain('Connexion')
    await submitLogin(page, journey.people['member A'].email, PASSWORD)
    await page.getByRole('heading', { name: `Bonjour ${journey.people['member A'].name}` }).waitFor()
    expect(await page.getByTestId('commune').textContent()).toContain('Commune de Sion')
    expect(await page.locator('header').textContent()).toContain('Antenne Région Valais romand')
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0)

    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await page.getByText('Vous êtes déconnecté·e.').waitFor()
    await page.goto(`${journey.server.url}/`)
    await page.waitForURL(/\/connexion/)
  })

  it('a wrong password shows a French error, and the sixth attempt from this connection is refused with the wait', async () => {
    const user = await createUser(journey.payload, { email: 'e2e.lock@test.local', name: 'Léa Lock', roles: ['member'] })
    const page = await newPage()
    await page.goto(`${journey.server.url}/connexion`)
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitLogin(page, user.email, `mauvais-mot-de-passe-${attempt}`)
      await page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' }).waitFor()
      expect(await page.getByLabel('Adresse e-mail').inputValue(), 'the e-mail is kept after a refusal').toBe(user.email)
    }
    // The sixth attempt from this connection, even with the right password, is refused with the time to wait (no
    // account is locked: the same person elsewhere is not concerned, see tests/int/login-throttle.int.spec.ts).
    await submitLogin(page, user.email, PASSWORD)
    await expect
      .poll(() => page.locator('.message--error').textContent())
      .toMatch(/^Trop de tentatives de connexion erronées depuis votre connexion\. Réessayez dans 1\d minutes/)
    expect(page.url()).toContain('/connexion')
  })

  it('after login, a hostile ?next= (tab, backslash, another host) leaves the browser on the site', async () => {
    const user = await createUser(journey.payload, { email: 'e2e.next@test.local', name: 'Nina Next', roles: ['member'] })
    for (const next of ['/%09/evil.example', '/%5Cevil.example', '%0A//evil.example', 'https://evil.example']) {
      const page = await newPage()
      await page.goto(`${journey.server.url}/connexion?next=${next}`)
      await submitLogin(page, user.email, PASSWORD)
      await page.waitForURL((url) => !url.pathname.startsWith('/connexion'))
      expect(new URL(page.url()).origin, next).toBe(journey.server.url)
      await page.close()
    }
  })

  it('"mot de passe oublié" sends a link that sets a new password', async () => {
    const user = await createUser(journey.payload, { email: 'e2e.forgot@test.local', name: 'Fanny Oubli', roles: ['member'] })
    const page = await newPage()
    await page.goto(`${journey.server.url}/connexion`)
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click()
    await page.getByLabel('Adresse e-mail').fill(user.email)
    await page.getByRole('button', { name: 'Recevoir le lien' }).click()
    await page.getByRole('status').filter({ hasText: 'Si un compte existe pour cette adresse' }).waitFor()

    const mail = await journey.mailbox.waitFor((m) => (m.to && 'text' in m.to ? m.to.text : '').includes(user.email))
    const link = /href="([^"]+reinitialiser-mot-de-passe[^"]+)"/.exec(String(mail.html))![1]!.replace(/&amp;/g, '&')
    expect(link.startsWith(journey.server.url)).toBe(true)
    await page.goto(link)
    await page.getByLabel('Nouveau mot de passe').fill('court')
    await page.getByLabel('Confirmer le mot de passe').fill('court')
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
    await page.getByRole('alert').filter({ hasText: 'au moins 12 caractères' }).waitFor()

    const fresh = 'le nouveau mot de passe de Fanny'
    await page.getByLabel('Nouveau mot de passe').fill(fresh)
    await page.getByLabel('Confirmer le mot de passe').fill(fresh)
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
    await page.getByText('Votre mot de passe a été changé').waitFor()
    await submitLogin(page, user.email, fresh)
    await page.getByRole('heading', { name: 'Bonjour Fanny Oubli' }).waitFor()
  })

  it('the admin panel speaks French and opens for coordinators only', async () => {
    const coordinator = await newPage()
    await coordinator.goto(`${journey.server.url}/connexion`)
    await submitLogin(coordinator, journey.people.coordinator.email, PASSWORD)
    await coordinator.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Administration' }).click()
    await coordinator.waitForURL(/\/admin/)
    await coordinator.getByText('Utilisateurs').first().waitFor()
    await coordinator.getByText('Communes').first().waitFor()

    const member = await newPage()
    await member.goto(`${journey.server.url}/connexion`)
    await submitLogin(member, journey.people['member B'].email, PASSWORD)
    await member.getByRole('heading', { name: /Bonjour/ }).waitFor()
    await member.goto(`${journey.server.url}/admin/collections/users`)
    await member.waitForLoadState('networkidle')
    expect(await member.getByText(journey.people.coordinator.email).count()).toBe(0)
    expect(await member.getByText(/non autorisé|pas autorisé|Unauthorized|accès/i).count()).toBeGreaterThan(0)
  })

  it('a coordinator turns on the second factor, then logs in with password and code', async () => {
    const user = await createUser(journey.payload, { email: 'e2e.totp@test.local', name: 'Cora Totp', roles: ['coordinator'] })
    const page = await journey.loggedIn(user.email)
    await page.getByRole('link', { name: 'Sécurité du compte' }).click()
    await page.getByRole('heading', { name: 'Sécurité du compte' }).waitFor()
    await page.getByRole('img', { name: 'Code QR à scanner' }).waitFor()
    // What a person types into their app by hand; the test's "app" computes the code from it.
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '')
    await page.getByLabel('Mot de passe actuel').fill(PASSWORD)
    await page.getByLabel('Code à 6 chiffres').fill(codeAt(secret, stepAt()))
    await page.getByRole('button', { name: 'Activer la double authentification' }).click()
    await page.getByRole('status').filter({ hasText: 'La double authentification est active.' }).waitFor()
    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await page.getByText('Vous êtes déconnecté·e.').waitFor()

    // The password first; the code only then, on its own step.
    await journey.submitLogin(page, user.email, PASSWORD)
    await page.getByRole('heading', { name: 'Code de vérification' }).waitFor()
    // Stands for the 30 seconds until the app shows its next code (the one just used cannot serve twice).
    await poolOf(journey.payload).query('update users set totp_last_step = $1 where id = $2', [stepAt() - 2, user.id])
    await submitCode(page, codeAt(secret, stepAt()))
    await page.getByRole('heading', { name: 'Bonjour Cora Totp' }).waitFor()
  })

  it('two steps only with the second factor: the code is asked after the password, wrong codes count, « next » survives', async () => {
    const { server } = journey
    // Without a second factor: one step, and no code field anywhere.
    const member = await newPage()
    await member.goto(`${server.url}/connexion?next=${encodeURIComponent('/agenda')}`)
    expect(await member.getByRole('textbox', { name: 'Code de vérification' }).count()).toBe(0)
    await submitLogin(member, journey.people['member B'].email, PASSWORD)
    await member.waitForURL(`${server.url}/agenda`)

    const cora = await withSecondFactor('e2e.steps@test.local', 'Cora Étapes')
    const page = await newPage()
    await page.goto(`${server.url}/mesures/4?source=courriel`)
    await page.waitForURL(/\/connexion\?next=/)
    expect(await page.getByRole('textbox', { name: 'Code de vérification' }).count(), 'no code field before the password').toBe(0)
    const before = await failedLogins()
    await submitLogin(page, cora.email, PASSWORD)
    await page.getByRole('heading', { name: 'Code de vérification' }).waitFor()
    expect(await page.getByLabel('Mot de passe').count(), 'the password is not asked again').toBe(0)
    await page.getByText('Étape 2 sur 2').waitFor()
    const proof = (await page.context().cookies()).find((c) => c.name === PROOF_COOKIE)!
    expect(proof.httpOnly).toBe(true)
    expect(proof.value).not.toContain(PASSWORD)
    expect(proof.expires * 1000 - Date.now()).toBeLessThanOrEqual(5 * 60_000 + 5000)

    // A wrong code: refused, counted as a failed login, and the step stays (a fresh proof, same deadline).
    await submitCode(page, codeAt(cora.secret, stepAt() + 9))
    await page.getByRole('alert').filter({ hasText: 'Ce code ne correspond pas.' }).waitFor()
    expect(await failedLogins()).toBe(before + 2) // the password step and the wrong code
    const renewed = (await page.context().cookies()).find((c) => c.name === PROOF_COOKIE)!
    expect(renewed.value).not.toBe(proof.value)

    // The spent proof is worth nothing, even with the right code, from another browser.
    const thief = await newPage()
    await thief.context().addCookies([{ ...proof }])
    await thief.goto(`${server.url}/connexion?etape=code`)
    await submitCode(thief, codeAt(cora.secret, stepAt()))
    await thief.getByText('saisissez à nouveau votre adresse e-mail et votre mot de passe').waitFor()
    expect((await thief.context().cookies()).some((c) => c.name === 'payload-token')).toBe(false)
    // A forged proof (another account's id, the signature kept) does not even open the step.
    const [body, signature] = renewed.value.split('.')
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString())
    const forged = Buffer.from(JSON.stringify({ ...claims, u: journey.people.admin.id, e: journey.people.admin.email })).toString(
      'base64url',
    )
    const forger = await newPage()
    await forger.context().addCookies([{ ...renewed, value: `${forged}.${signature}` }])
    await forger.goto(`${server.url}/connexion?etape=code`)
    await forger.getByLabel('Mot de passe').waitFor()
    expect(await forger.getByRole('textbox', { name: 'Code de vérification' }).count()).toBe(0)

    // The right code: logged in, on the page first asked for.
    await submitCode(page, codeAt(cora.secret, stepAt()))
    await page.waitForURL(`${server.url}/mesures/4?source=courriel`)
    await page.getByRole('heading', { level: 1, name: /^4\. / }).waitFor()
    expect(
      (await page.context().cookies()).some((c) => c.name === PROOF_COOKIE),
      'the proof is gone',
    ).toBe(false)
    // The success forgave this connection's failures on this account (as a login with the password does).
    expect(await failedLogins()).toBe(before)
  })

  it('wrong codes meet the login limit: the sixth attempt is refused with the wait, even with the right code', async () => {
    const leo = await withSecondFactor('e2e.codes@test.local', 'Léo Codes')
    const page = await newPage()
    await page.goto(`${journey.server.url}/connexion`)
    await submitLogin(page, leo.email, PASSWORD)
    await page.getByRole('heading', { name: 'Code de vérification' }).waitFor()
    for (let attempt = 1; attempt <= 4; attempt++) {
      await submitCode(page, codeAt(leo.secret, stepAt() + 9 + attempt))
      await page.getByRole('alert').filter({ hasText: 'Ce code ne correspond pas.' }).waitFor()
    }
    await submitCode(page, codeAt(leo.secret, stepAt()))
    await page
      .getByRole('alert')
      .filter({ hasText: /^Trop de tentatives de connexion erronées/ })
      .waitFor()
    expect((await page.context().cookies()).some((c) => c.name === 'payload-token')).toBe(false)
  })
})
