import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser } from '@tests/helpers/people'

describe.runIf(chromiumAvailable())('contracts and the map, in Chromium', () => {
  const journey = useJourney('contracts')

  it('a référent records a contract, answers the checklist and sees its two gaps; the register shows it', async () => {
    const { payload, people, server } = journey
    const referent = await createUser(payload, {
      email: 'referent.journey@test.local',
      name: 'Rosalie Référente',
      roles: ['member'],
      commune: people.communeA.id,
      communeReferent: true,
    })
    const page = await journey.loggedIn(referent.email)
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Contrats' }).click()
    await page.getByText('Enregistrer un contrat').click()
    const form = page.getByRole('form', { name: 'Enregistrer un contrat' })
    await form.getByLabel('Prestataire').fill('Informatique du Rhône SA')
    await form.getByLabel('Prestation ou logiciel').fill('Contrôle des habitants')
    await form.getByLabel('Début du contrat').fill('2019-01-01')
    await form.getByLabel('Échéance (fin ou prochain renouvellement)').fill('2027-12-31')
    await form.getByLabel('Préavis de résiliation (mois)').fill('6')
    await form.getByLabel('Reconduction tacite').check()
    await form.getByRole('button', { name: 'Enregistrer le contrat' }).click()
    await page.getByText('Contrat enregistré. Répondez maintenant à la checklist.').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Contrôle des habitants')
    await page.getByText('30 juin 2027').first().waitFor()

    const checklist = page.getByRole('form', { name: 'Checklist du contrat' })
    const points = checklist.getByRole('group')
    const total = await points.count()
    expect(total).toBe(11)
    for (let i = 0; i < total; i++) {
      const answer = i === 1 ? 'Non' : i === 4 ? 'Je ne sais pas' : 'Oui'
      await points.nth(i).getByRole('radio', { name: answer, exact: true }).check()
    }
    await checklist.getByLabel('Précision : Propriété des données').fill('Le contrat est muet sur ce point')
    await checklist.getByRole('button', { name: 'Enregistrer les réponses' }).click()
    await page.getByRole('status').filter({ hasText: 'Réponses enregistrées (11).' }).waitFor()

    const gaps = page.getByRole('region', { name: 'Lacunes à traiter avec le prestataire' }).getByRole('listitem')
    await expect.poll(() => gaps.count()).toBe(2)
    expect(await gaps.nth(0).textContent()).toContain('Propriété des données — non (Le contrat est muet sur ce point)')
    expect(await gaps.nth(1).textContent()).toContain('Sous-traitants — je ne sais pas')
    await page.getByText('82 %').waitFor() // 9 of 11 points covered
    await page.getByText('2 lacunes').first().waitFor()

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma commune' }).click()
    await page.getByRole('heading', { name: 'Registre numérique de Sion' }).waitFor()
    const contracts = page.getByRole('region', { name: 'Contrats informatiques' })
    expect(await contracts.textContent()).toMatch(/Contrôle des habitants — Informatique du Rhône SA.*82 %.*2 lacunes.*30 juin 2027/)

    // Another commune's employee sees none of it.
    const other = await journey.loggedIn(people['member B'].email)
    await other.goto(`${server.url}/contrats`)
    await other.getByText('Aucun contrat enregistré pour l’instant.').waitFor()
  })

  it('a coordinator filters the map by "cybersécurité" and opens a commune’s initiatives', async () => {
    const { payload, people, server } = journey
    const arvr = (await payload.find({ collection: 'actors', where: { slug: { equals: 'arvr' } } })).docs[0]!.id
    const initiative = (title: string, slug: string, themes: string[], communes: number[]) =>
      payload.create({
        collection: 'initiatives',
        data: {
          title,
          slug,
          summary: `${title}, pour la démonstration.`,
          lead: arvr,
          themes,
          level: 'intercommunal',
          stage: 'en-cours',
          communes,
          _status: 'published',
        } as never,
      })
    await initiative('Exercice de crise cyber intercommunal', 'exercice-crise-cyber', ['cybersecurite'], [people.communeB.id])
    await initiative('Cours du soir pour seniors', 'cours-seniors', ['inclusion', 'formation'], [people.communeB.id, people.communeA.id])

    const coordinator = await journey.loggedIn(people.coordinator.email)
    await coordinator.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Carte' }).click()
    await coordinator.getByRole('heading', { name: 'Carte des initiatives numériques' }).waitFor()
    const map = coordinator.getByRole('group', { name: /Carte des communes/ })
    await map.getByRole('link', { name: 'Martigny : 2 initiatives' }).waitFor()

    await coordinator.getByLabel('Thème').selectOption({ label: 'Cybersécurité' })
    await coordinator.getByRole('button', { name: 'Filtrer' }).click()
    await coordinator.waitForURL(/theme=cybersecurite/)
    await map.getByRole('link', { name: 'Sion : 0 initiative' }).waitFor()
    // By keyboard: focus Martigny on the map and open it with Enter.
    await map.getByRole('link', { name: 'Martigny : 1 initiative' }).focus()
    await coordinator.keyboard.press('Enter')
    await coordinator.waitForURL(/commune=6136/)
    const panel = coordinator.getByRole('region', { name: 'Martigny : 1 initiative' })
    await panel.getByRole('link', { name: 'Exercice de crise cyber intercommunal' }).waitFor()
    expect(await panel.textContent()).not.toContain('Cours du soir pour seniors')
    expect(await map.getByRole('link', { name: 'Martigny : 1 initiative' }).getAttribute('aria-current')).toBe('true')

    await panel.getByRole('link', { name: 'Exercice de crise cyber intercommunal' }).click()
    await coordinator.getByRole('heading', { name: 'Exercice de crise cyber intercommunal' }).waitFor()
    expect(await coordinator.getByText('Martigny', { exact: true }).count()).toBe(1)
    expect(coordinator.url()).toBe(`${server.url}/initiatives/exercice-crise-cyber`)
  })

  it('the map at 360 px: nothing wider than the screen, names on focus, own commune dashed, a commune chosen in place', async () => {
    const { people, server } = journey
    const page = await journey.loggedIn(people['member A'].email)
    await page.setViewportSize({ width: 360, height: 800 })
    await page.goto(`${server.url}/carte`)
    await page.getByRole('heading', { name: 'Carte des initiatives numériques' }).waitFor()
    // The page's content (the header is the menu's part of issue 20): nothing of it sticks out of the screen.
    const fits = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.trap'))
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
      )
    expect(await fits(), 'no horizontal overflow at 360 px').toEqual([])
    const filters = page.getByRole('form', { name: 'Filtrer les initiatives' })
    const frame = await filters.boundingBox()
    expect(frame!.x + frame!.width).toBeLessThanOrEqual(360)
    for (const control of await filters.locator('select, button').all()) {
      const box = (await control.boundingBox())!
      expect(box.x + box.width, 'each filter inside the screen').toBeLessThanOrEqual(360)
    }

    // Her own commune (Sion) is outlined, and said in words.
    expect(await page.locator('path.map-own-outline').getAttribute('data-ofs')).toBe('6266')
    await page.getByText('Trait pointillé : votre commune (Sion)').waitFor()
    await page.getByText(/Votre commune : Sion/).waitFor()
    const map = page.getByRole('group', { name: /Carte des communes/ })
    await map.getByRole('link', { name: 'Sion : 1 initiative (votre commune)' }).waitFor()

    // Keyboard focus shows the commune's name, visibly, inside the screen.
    const martigny = map.getByRole('link', { name: /^Martigny : / })
    await martigny.focus()
    const tip = page.getByTestId('map-tip')
    await tip.waitFor({ state: 'visible' })
    expect(await tip.textContent()).toContain('Martigny : 2 initiatives')
    const box = (await tip.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(360)
    await map.getByRole('link', { name: /^Ardon : / }).focus()
    expect(await tip.textContent()).toContain('Ardon')

    // Choosing a commune changes the panel without loading the page again: what the window holds survives.
    await page.evaluate(() => Object.assign(window, { mapMarker: 'still here' }))
    await martigny.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/commune=6136/)
    const panel = page.getByRole('region', { name: 'Martigny : 2 initiatives' })
    await panel.getByRole('link', { name: 'Exercice de crise cyber intercommunal' }).waitFor()
    expect(await page.evaluate(() => (window as unknown as { mapMarker?: string }).mapMarker)).toBe('still here')
    expect(await martigny.getAttribute('aria-current')).toBe('true')
    await page.getByText('Contour orange : la commune choisie (Martigny)').waitFor()
    // From the list of communes too.
    await page.getByRole('table').getByRole('link', { name: 'Sion', exact: true }).click()
    await page.getByRole('region', { name: 'Sion : 1 initiative' }).waitFor()
    await page.getByText('Votre commune (trait pointillé sur la carte).').waitFor()
    expect(await page.evaluate(() => (window as unknown as { mapMarker?: string }).mapMarker)).toBe('still here')
    expect(await fits(), 'no horizontal overflow with a commune chosen').toEqual([])

    // Without JavaScript, the links still choose the commune (the page is loaded again).
    const context = await journey.browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
    const plain = await context.newPage()
    await plain.goto(`${server.url}/carte`)
    await plain
      .getByRole('group', { name: /Carte des communes/ })
      .getByRole('link', { name: /^Martigny : / })
      .focus()
    await plain.keyboard.press('Enter')
    await plain.waitForURL(/commune=6136/)
    await plain.getByRole('region', { name: 'Martigny : 2 initiatives' }).waitFor()
    await context.close()
  })
})
