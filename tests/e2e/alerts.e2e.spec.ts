import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser } from '@tests/helpers/people'
import { horizontalOverflow, menuProblem, seriousViolations } from '@tests/helpers/responsive'

const shots = process.env.RELAIS_SCREENSHOTS

describe.runIf(chromiumAvailable())('shared incidents and regional alerts, in Chromium', () => {
  const journey = useJourney('alerts')
  const problems: string[] = []

  /** The page as it stands, on a phone and a laptop: no sideways scrolling, a working menu, no serious axe violation. */
  async function checkLayout(page: Page, name: string) {
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 800 })
      const overflow = await horizontalOverflow(page)
      if (overflow > 0) problems.push(`${name} at ${width} px: ${overflow} px wider than the window`)
      const menu = await menuProblem(page)
      if (menu) problems.push(`${name} at ${width} px: menu ${menu}`)
      for (const violation of await seriousViolations(page)) problems.push(`${name} at ${width} px: axe ${violation}`)
      if (shots) {
        fs.mkdirSync(shots, { recursive: true })
        await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true })
      }
    }
    await page.setViewportSize({ width: 1366, height: 800 })
  }

  it('a référent shares an incident; a coordinator raises an alert; Martigny’s secretary checks it; the coordinator sees Martigny checked', async () => {
    const { payload, people, server } = journey
    const referent = await createUser(payload, {
      email: 'referent.sion@test.local',
      name: 'Rosalie Référente',
      roles: ['member'],
      commune: people.communeA.id,
      communeReferent: true,
    })
    const secretary = await createUser(payload, {
      email: 'secretaire.martigny@test.local',
      name: 'Mathilde Secrétaire',
      roles: ['member'],
      commune: people.communeB.id,
      communeValidator: true,
    })
    await payload.create({
      collection: 'digital-incidents',
      data: {
        commune: people.communeA.id,
        occurredOn: '2026-11-02',
        summary: 'Un faux e-mail du fournisseur demandait de changer l’IBAN.',
        impact: 'Aucun paiement parti.',
        actions: 'Le rappel du fournisseur par téléphone a arrêté la fraude.',
        status: 'clos',
      },
    })

    // The référent of Sion shares it from the register, without naming the commune.
    const sion = await journey.loggedIn(referent.email)
    await sion.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma commune' }).click()
    await sion.getByRole('link', { name: 'Partager avec la région' }).click()
    await sion.getByRole('heading', { name: 'Partager un incident avec la région' }).waitFor()
    const share = sion.getByRole('form', { name: 'Partager l’incident' })
    await share.getByLabel('Titre').fill('Fraude au changement d’IBAN')
    await share.getByLabel('Vecteur').selectOption({ label: 'Fraude au paiement (faux fournisseur, faux président)' })
    expect(await share.getByLabel('Ce qui a aidé').inputValue()).toBe('Le rappel du fournisseur par téléphone a arrêté la fraude.')
    expect(await share.getByLabel(/Nommer la commune/).isChecked()).toBe(false)
    await checkLayout(sion, 'partager')
    await share.getByRole('button', { name: 'Partager avec la région' }).click()
    await sion.getByText('Incident partagé avec la coordination ARVr, sans le nom de votre commune.').waitFor()

    // The coordinator raises and publishes an alert from it.
    const coordinator = await journey.loggedIn(people.coordinator.email)
    await coordinator.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Alertes' }).click()
    await coordinator.getByRole('heading', { name: 'Alertes régionales', level: 1 }).waitFor()
    await coordinator
      .getByRole('region', { name: 'Incidents partagés par les communes' })
      .getByText('Fraude au changement d’IBAN')
      .waitFor()
    await coordinator.getByText('Lancer une alerte').click()
    await checkLayout(coordinator, 'alertes-coordination')
    const raise = coordinator.getByRole('form', { name: 'Lancer une alerte' })
    await raise.getByLabel('Titre').fill('Fausses demandes de changement d’IBAN')
    await raise.getByLabel('À vérifier').fill('Vérifiez que tout changement d’IBAN d’un fournisseur est confirmé par téléphone.')
    await raise.getByLabel('Gravité').selectOption('critique')
    await raise.getByLabel('Valable jusqu’au').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10))
    await raise.getByLabel(/Fraude au changement d’IBAN/).check()
    await raise.getByLabel(/Publier tout de suite/).check()
    await raise.getByRole('button', { name: 'Enregistrer l’alerte' }).click()
    await coordinator.getByRole('heading', { name: 'Fausses demandes de changement d’IBAN', level: 1 }).waitFor()
    const alertUrl = coordinator.url()
    // The e-mail (once per person, to the right people) is checked in tests/int/alerts.int.spec.ts.

    // Martigny's secretary sees the banner on her home page and marks the alert checked.
    const martigny = await journey.loggedIn(secretary.email)
    const banner = martigny.getByRole('region', { name: 'Alerte régionale à vérifier' })
    await banner.getByRole('link', { name: 'Fausses demandes de changement d’IBAN' }).waitFor()
    await checkLayout(martigny, 'accueil-bandeau')
    await banner.getByRole('link', { name: 'Fausses demandes de changement d’IBAN' }).click()
    await martigny.getByRole('heading', { name: 'Fausses demandes de changement d’IBAN', level: 1 }).waitFor()
    expect(await martigny.locator('main').textContent()).not.toContain('Sion')
    await checkLayout(martigny, 'alerte-secretaire')
    const check = martigny.getByRole('form', { name: 'Marquer l’alerte vérifiée' })
    await check.getByLabel(/Note/).fill('Rappel par téléphone en place depuis 2025.')
    await check.getByRole('button', { name: 'Vérifié chez nous' }).click()
    // The form gives way to the commune's check, with its note.
    const own = martigny.getByRole('region', { name: 'Chez nous' })
    await own.getByText(/Vérifié chez nous.*par Mathilde Secrétaire/).waitFor()
    expect(await own.textContent()).toContain('Rappel par téléphone en place depuis 2025.')
    await martigny.goto(`${server.url}/`)
    await martigny.getByRole('heading', { name: /^Bonjour/ }).waitFor()
    expect(await martigny.getByTestId('alert-banner').count()).toBe(0)

    // The coordinator sees Martigny as checked, with its note, and Sion not yet.
    await coordinator.goto(alertUrl)
    const checked = coordinator.getByRole('region', { name: 'Communes ayant vérifié (1)' })
    await checked.getByRole('cell', { name: 'Martigny' }).waitFor()
    expect(await checked.textContent()).toContain('Rappel par téléphone en place depuis 2025.')
    expect(await coordinator.getByRole('region', { name: /^Pas encore vérifié/ }).textContent()).toContain('Sion')
    await checkLayout(coordinator, 'alerte-coordination')

    expect(problems).toEqual([])
  })
})
