/**
 * « Signaler un contenu à mettre à jour » (issue 24) in Chromium: a secretary reports a guide as outdated from its
 * page; the coordinator finds it on the admin's first page and marks it handled with a note; the secretary reads
 * « traité » and the reply on the guide. The guide's review history is on its page. The guide page and the admin
 * dashboard are checked at 390 and 1366 px (no sideways scrolling, no serious axe violation on the intranet page).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser } from '@tests/helpers/people'
import { horizontalOverflow, seriousViolations } from '@tests/helpers/responsive'

const shots = process.env.RELAIS_SCREENSHOTS

describe.runIf(chromiumAvailable())('reporting a content to update, in Chromium', () => {
  const journey = useJourney('reports')
  const problems: string[] = []

  async function checkLayout(page: Page, name: string, { axe = true } = {}) {
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 800 })
      const overflow = await horizontalOverflow(page)
      if (overflow > 0) problems.push(`${name} at ${width} px: ${overflow} px wider than the window`)
      if (axe) for (const violation of await seriousViolations(page)) problems.push(`${name} at ${width} px: axe ${violation}`)
      if (shots) {
        fs.mkdirSync(shots, { recursive: true })
        await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true })
      }
    }
    await page.setViewportSize({ width: 1366, height: 800 })
  }

  it('a secretary reports a guide as outdated; the coordinator marks it handled in the admin; the secretary reads « traité »', async () => {
    const { payload, people, server } = journey
    const secretary = await createUser(payload, {
      email: 'secretaire.sion@test.local',
      name: 'Sabine Secrétaire',
      roles: ['member'],
      commune: people.communeA.id,
      communeValidator: true,
    })
    const coordinatorDoc = (await payload.findByID({ collection: 'users', id: people.coordinator.id })) as User
    const guide = await payload.create({
      collection: 'guides',
      data: {
        title: 'Sauvegarder les données communales',
        slug: 'sauvegarder-donnees',
        theme: 'sauvegardes',
        audiences: ['personnel'],
        summary: 'La règle 3-2-1 et un test de restauration par an.',
        body: richTextFromBlocks([{ h2: 'La règle 3-2-1' }, { p: 'Trois copies, deux supports, une hors site.' }]),
        checklist: [{ key: 'test', label: 'Tester la restauration une fois par an' }],
        lastReviewedAt: '2025-10-01',
        reviewIntervalMonths: 12,
        owner: people.coordinator.id,
        changeNote: 'Première version.',
        _status: 'published',
      },
    })
    // A review by the coordinator: the history says who, when and what changed.
    await payload.update({
      collection: 'guides',
      id: guide.id,
      data: { lastReviewedAt: '2026-11-02', changeNote: 'Ajout du test de restauration annuel.', _status: 'published' },
      user: coordinatorDoc,
    })

    // The secretary reports the guide from its page.
    const sion = await journey.loggedIn(secretary.email)
    await sion.goto(`${server.url}/guides/sauvegarder-donnees`)
    const history = sion.getByRole('region', { name: 'Historique des révisions' })
    await history.getByText(/Relu le 2 novembre 2026\s*par .*— Ajout du test de restauration annuel\./).waitFor()
    expect(await history.textContent()).toContain('Relu le 1 octobre 2025')
    const report = sion.getByRole('form', { name: 'Signaler un contenu à mettre à jour' })
    await report.getByText('Signaler un contenu à mettre à jour').click()
    await report.getByLabel('Qu’est-ce qui n’est plus à jour ?').fill('Le lien vers le guide de sauvegarde de l’OFCS ne fonctionne plus.')
    await report.getByLabel(/Partie concernée/).fill('La règle 3-2-1')
    await checkLayout(sion, 'guide-signaler')
    await report.getByRole('button', { name: 'Envoyer le signalement' }).click()
    await sion.getByText('Merci : votre signalement est transmis au responsable du contenu.').waitFor()
    await sion.getByText(/Vous avez signalé ce contenu le .* — en attente de traitement/).waitFor()

    // The coordinator finds it on the admin's first page and marks it handled, with a note.
    const coordinator = await journey.loggedIn(people.coordinator.email)
    await coordinator.goto(`${server.url}/admin`)
    const card = coordinator.getByRole('region', { name: /Contenus signalés à mettre à jour/ })
    await card.getByRole('link', { name: 'Sauvegarder les données communales' }).waitFor()
    expect(await card.textContent()).toContain('Le lien vers le guide de sauvegarde de l’OFCS ne fonctionne plus.')
    expect(await card.getByRole('link', { name: 'Voir le contenu' }).getAttribute('href')).toBe('/guides/sauvegarder-donnees')
    // The admin is Payload's: its layout is checked, axe on the intranet's pages.
    await checkLayout(coordinator, 'admin-tableau-signalements', { axe: false })
    await card.getByRole('link', { name: 'Sauvegarder les données communales' }).click()
    await coordinator.waitForURL(/\/admin\/collections\/content-reports\/\d+$/)
    const reportId = Number(new URL(coordinator.url()).pathname.split('/').pop())
    await coordinator.getByRole('link', { name: /Ouvrir le contenu signalé/ }).waitFor()
    await coordinator.locator('#field-status').click()
    await coordinator.getByRole('option', { name: 'Traité' }).click()
    await coordinator.locator('#field-replyNote').fill('Lien remplacé par la nouvelle page de l’OFCS.')
    await coordinator.getByRole('button', { name: 'Sauvegarder', exact: true }).click()
    await expect
      .poll(async () => (await payload.findByID({ collection: 'content-reports', id: reportId })).status, { timeout: 30_000 })
      .toBe('traite')

    // The secretary reads « traité » and the reply on the guide.
    await sion.goto(`${server.url}/guides/sauvegarder-donnees`)
    await sion.getByText(/Vous avez signalé ce contenu le .* — traité/).waitFor()
    await sion.getByText('Réponse : Lien remplacé par la nouvelle page de l’OFCS.').waitFor()
    await checkLayout(sion, 'guide-signale-traite')

    // The admin's first page no longer lists it.
    await coordinator.goto(`${server.url}/admin`)
    await coordinator
      .getByRole('region', { name: /Contenus signalés à mettre à jour/ })
      .getByText('Aucun signalement ouvert.')
      .waitFor()

    // Each question of the FAQ offers the same control, inside its answer: a link that opens the form there.
    await sion.goto(`${server.url}/faq`)
    const question = sion.locator('.faq details').first()
    await question.locator('summary').first().click()
    await checkLayout(sion, 'faq-question')
    await question.getByRole('link', { name: 'Signaler un contenu à mettre à jour' }).click()
    await sion.waitForURL(/signaler=/)
    const reported = sion.locator('.faq details[open]').filter({ has: sion.getByRole('form') })
    await reported.getByLabel('Qu’est-ce qui n’est plus à jour ?').waitFor()
    expect(await reported.getByLabel('Qu’est-ce qui n’est plus à jour ?').isVisible()).toBe(true)
    await checkLayout(sion, 'faq-signaler')

    expect(problems).toEqual([])
  }, 300_000)
})
