import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { sendDigests } from '@/follow/digest'
import { followQueue } from '@/follow/events'
import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser } from '@tests/helpers/people'
import { horizontalOverflow, seriousViolations } from '@tests/helpers/responsive'

describe.runIf(chromiumAvailable())('the watch (veille), from the admin panel to a référent’s pages, in Chromium', () => {
  const journey = useJourney('veille', { testMailsToCatcher: true })
  const shots = path.join(os.tmpdir(), 'relais-screens')
  const title = 'Mise à jour urgente d’un logiciel de messagerie'

  /** No sideways scroll and no serious axe violation at 390 and 1366 px, with a full-page screenshot at each width. */
  async function checkWidths(page: Page, name: string) {
    fs.mkdirSync(shots, { recursive: true })
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 })
      expect(await horizontalOverflow(page), `${name} at ${width} px`).toBe(0)
      expect(await seriousViolations(page), `${name} at ${width} px`).toEqual([])
      await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true })
    }
  }

  it('a coordinator publishes an item linked to measure 23 in /admin; a référent who follows cybersecurity finds it under « Cybersécurité », on measure 23 and in the next digest', async () => {
    const { people, server, payload } = journey
    // The référent follows the cybersecurity watch and chooses a daily digest, on their notifications page.
    const referentAccount = await createUser(payload, {
      email: 'referent.veille@test.local',
      name: 'Rose Référente',
      roles: ['member'],
      commune: people.communeA.id,
      communeReferent: true,
    })
    const referent = await journey.loggedIn('referent.veille@test.local')
    await referent.setViewportSize({ width: 1366, height: 900 })
    await referent.goto(`${server.url}/compte/notifications`)
    await referent.getByRole('button', { name: 'Suivre : la veille « Cybersécurité »' }).click()
    await referent.getByRole('button', { name: 'Ne plus suivre : la veille « Cybersécurité »' }).waitFor()
    await referent.getByLabel('Chaque jour (le matin)').check()
    await referent.getByRole('button', { name: 'Enregistrer' }).click()
    await referent.getByText('Préférences enregistrées', { exact: false }).waitFor()

    const coordinator = await journey.loggedIn(people.coordinator.email)
    await coordinator.setViewportSize({ width: 1366, height: 900 })
    await coordinator.goto(`${server.url}/admin/collections/watch-items/create`)
    await coordinator.locator('#field-title').fill(title)
    await coordinator.locator('#field-kind').click()
    await coordinator.getByRole('option', { name: 'Cybersécurité' }).click()
    await coordinator
      .locator('#field-summary')
      .fill('Le fournisseur a publié un correctif de sécurité : vérifiez qu’il est installé dans votre commune.')
    await coordinator
      .locator('#field-todo')
      .fill('Demander à votre prestataire si le correctif est installé.\nNoter la réponse dans le journal des incidents.')
    // A list of numbers is Payload's creatable select (class, not id): type the number, Enter adds it.
    const measures = coordinator.locator('.field-measureNumbers input').first()
    await measures.click()
    await measures.pressSequentially('23')
    await measures.press('Enter')
    await coordinator.locator('.field-measureNumbers').getByText('23', { exact: true }).waitFor()
    await coordinator.getByRole('button', { name: 'Publier', exact: true }).click()
    await coordinator.waitForURL(/\/admin\/collections\/watch-items\/\d+/)
    const id = Number(new URL(coordinator.url()).pathname.split('/').pop())
    await expect.poll(async () => (await payload.findByID({ collection: 'watch-items', id, depth: 0 }))._status).toBe('published')
    const saved = await payload.findByID({ collection: 'watch-items', id, depth: 0 })
    expect(saved).toMatchObject({ kind: 'cybersecurite', measureNumbers: [23], slug: 'mise-a-jour-urgente-d-un-logiciel-de-messagerie' })
    expect(saved.publishedAt).toBeTruthy()

    await referent.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Veille' }).click()
    await referent.waitForURL(/\/veille$/)
    const filters = referent.getByRole('form', { name: 'Filtrer la veille' })
    await filters.getByLabel('Type').selectOption('cybersecurite')
    await filters.getByRole('button', { name: 'Afficher' }).click()
    await referent.waitForURL(/\/veille\?type=cybersecurite/)
    await referent
      .getByTestId('watch-count')
      .getByText(/Cybersécurité/)
      .waitFor()
    // Only cybersecurity: the seeded item on tools is filtered out.
    expect(
      await referent.getByRole('link', { name: 'Outils de cyberadministration : une veille neutre, nourrie par les communes' }).count(),
    ).toBe(0)
    await checkWidths(referent, 'veille')
    await referent.getByRole('link', { name: title }).click()
    await referent.waitForURL(/\/veille\/mise-a-jour-urgente-d-un-logiciel-de-messagerie$/)
    await referent.getByRole('heading', { level: 1, name: title }).waitFor()
    await referent.getByTestId('watch-todo').getByText('Demander à votre prestataire si le correctif est installé.').waitFor()
    await checkWidths(referent, 'veille-item')
    await referent.getByRole('link', { name: 'Mesure 23' }).click()
    await referent.waitForURL(/\/mesures\/23$/)
    const watch = referent.getByRole('region', { name: 'Veille' })
    await watch.getByRole('link', { name: title }).waitFor()
    await watch.getByRole('link', { name: 'Veille cybersécurité : les constats de l’atelier de la stratégie' }).waitFor()
    await checkWidths(referent, 'mesure-23')

    // The next morning's digest carries it, once.
    await payload.jobs.run({ queue: followQueue, limit: 100 })
    // (The server's own job runner may have recorded it first: wait until it is recorded, by whichever runner.)
    await expect
      .poll(
        async () =>
          (await payload.find({ collection: 'notifications', where: { recipient: { equals: referentAccount.id } }, depth: 0 })).totalDocs,
      )
      .toBeGreaterThan(0)
    await sendDigests(payload, { only: [referentAccount.id] })
    const digests = () =>
      journey.mailbox.messages.filter((m) => JSON.stringify(m.to).includes('referent.veille@test.local') && String(m.html).includes(title))
    await expect.poll(() => digests().length).toBe(1)
    expect(digests()[0]!.text).toContain(title)
  })

  it('the seeded item and the subscription page hold at 390 and 1366 px', async () => {
    const member = await journey.loggedIn(journey.people['member A'].email)
    await member.goto(`${journey.server.url}/veille/veille-cybersecurite-constats-des-ateliers`)
    await member.getByRole('heading', { level: 1 }).waitFor()
    await checkWidths(member, 'veille-seeded-item')
    await member.goto(`${journey.server.url}/veille/abonnement`)
    await member.getByRole('heading', { level: 1, name: 'S’abonner à la veille' }).waitFor()
    await checkWidths(member, 'veille-abonnement')
  })
})
