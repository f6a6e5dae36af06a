/**
 * Issue 23, points 3 and 5, in Chromium: a secretary types a provider the way she knows it and lands on its
 * record; a coordinator merges two records of one provider from the suggestion; the region's view of providers
 * as the coordination (communes named) and the COPIL (none), on a phone and a laptop, without overflow nor
 * serious axe violation. With RELAIS_SCREENSHOTS=<folder>, screenshots at 390 and 1366 px are written there.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser } from '@tests/helpers/people'
import { horizontalOverflow, seriousViolations } from '@tests/helpers/responsive'

const shots = process.env.RELAIS_SCREENSHOTS

describe.runIf(chromiumAvailable())('providers as records and the region’s view of them, in Chromium', () => {
  const journey = useJourney('providers-journey')

  /** No overflow and no serious axe violation at 390 and 1366 px (and a screenshot of each when asked). */
  async function checkLayout(page: Page, name: string) {
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 800 })
      expect(await horizontalOverflow(page), `${name} at ${width} px`).toBe(0)
      expect(await seriousViolations(page), `${name} at ${width} px`).toEqual([])
      if (shots) {
        fs.mkdirSync(shots, { recursive: true })
        await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true })
      }
    }
  }

  it('a secretary’s « abacus research » finds « Abacus Research AG »; a coordinator merges « Abacus » into it; the COPIL sees no commune', async () => {
    const { payload, people, server } = journey
    const bovernier = (await payload.find({ collection: 'communes', where: { ofsNumber: { equals: 6131 } }, limit: 1 })).docs[0]!
    const full = await payload.create({ collection: 'providers', data: { name: 'Abacus Research AG' } })
    const short = await payload.create({ collection: 'providers', data: { name: 'Abacus' } })
    await payload.create({
      collection: 'contracts',
      data: {
        commune: people.communeB.id,
        provider: full.id,
        service: 'Salaires',
        termEndsOn: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      },
    })
    await payload.create({ collection: 'contracts', data: { commune: bovernier.id, provider: short.id, service: 'Comptabilité' } })

    // The secretary of Sion types the name as she knows it.
    const secretary = await createUser(payload, {
      email: 'secretaire.prestataires@test.local',
      name: 'Sabine Secrétaire',
      roles: ['member'],
      commune: people.communeA.id,
      communeValidator: true,
    })
    const page = await journey.loggedIn(secretary.email)
    await page.goto(`${server.url}/contrats`)
    await page.getByText('Enregistrer un contrat').click()
    const form = page.getByRole('form', { name: 'Enregistrer un contrat' })
    await form.getByLabel('Prestataire').fill('abacus research')
    await form.getByLabel('Prestation ou logiciel').fill('Facturation')
    await form.getByRole('button', { name: 'Enregistrer le contrat' }).click()
    await page.getByText('Contrat enregistré. Répondez maintenant à la checklist.').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Facturation — Abacus Research AG')
    await page.goto(`${server.url}/contrats`)
    await checkLayout(page, 'contrats-secretaire')

    // The coordinator merges the two records from the suggestion.
    const coordinator = await journey.loggedIn(people.coordinator.email)
    await coordinator.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Prestataires' }).click()
    await coordinator.getByRole('heading', { level: 1, name: 'Prestataires de la région' }).waitFor()
    await coordinator.getByRole('link', { name: 'Fusionner des doublons' }).click()
    await coordinator.getByRole('link', { name: 'préparer la fusion dans « Abacus Research AG »' }).click()
    const merge = coordinator.getByRole('form', { name: 'Fusionner des prestataires' })
    expect(await merge.getByLabel('Prestataire à garder').inputValue()).toBe(String(full.id))
    expect(await merge.getByRole('checkbox', { name: /^Abacus — 1 contrat/ }).isChecked()).toBe(true)
    await checkLayout(coordinator, 'prestataires-fusionner')
    await merge.getByRole('checkbox', { name: /Je confirme/ }).check()
    await merge.getByRole('button', { name: 'Fusionner' }).click()
    await coordinator.getByText('1 fiche fusionnée dans « Abacus Research AG » ; 1 référence déplacée').waitFor()
    expect(await payload.count({ collection: 'providers', where: { id: { equals: short.id } } })).toMatchObject({ totalDocs: 0 })

    await coordinator.goto(`${server.url}/prestataires`)
    const card = coordinator.getByRole('region', { name: 'Abacus Research AG' })
    expect(await card.getByTestId('communes').textContent()).toBe(`3 communes : Bovernier, Martigny, Sion`)
    expect(await card.getByTestId('contracts').textContent()).toBe('3 contrats')
    expect(await card.getByTestId('deadlines').textContent()).toContain('Martigny : Salaires')
    await checkLayout(coordinator, 'prestataires-coordination')

    // The COPIL: the same provider, no commune.
    const copil = await journey.loggedIn(people.copil.email)
    await copil.goto(`${server.url}/prestataires`)
    const anonymous = copil.getByRole('region', { name: 'Abacus Research AG' })
    expect(await anonymous.getByTestId('communes').textContent()).toBe('3 communes')
    const text = (await copil.locator('main').textContent()) ?? ''
    for (const name of ['Sion', 'Martigny', 'Bovernier', 'Salaires']) expect(text).not.toContain(name)
    await checkLayout(copil, 'prestataires-copil')
  })
})
