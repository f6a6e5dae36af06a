import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { horizontalOverflow, seriousViolations } from '@tests/helpers/responsive'

describe.runIf(chromiumAvailable())('measures and the priority cycle in Chromium', () => {
  const journey = useJourney('measures')

  it('a cotec member proposes moving measure 29 from B to A, a copil member validates it; list and timeline show it', async () => {
    const cotec = await journey.loggedIn(journey.people.cotec.email)
    await cotec.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mesures' }).click()
    await cotec.getByRole('link', { name: 'Organisation de tests de phishing' }).click()
    await cotec.waitForURL(/\/mesures\/29$/)
    const propose = cotec.getByRole('form', { name: 'Proposer une nouvelle priorité' })
    await propose.getByLabel('Nouvelle priorité').selectOption('A')
    await propose.getByRole('button', { name: 'Proposer' }).click()
    await propose.getByRole('alert').waitFor()
    expect(await propose.getByRole('alert').textContent()).toBe('Expliquez la proposition (10 caractères au moins).')
    await propose.getByLabel('Justification (obligatoire)').fill('Deux communes ont été victimes d’hameçonnage cet automne.')
    await propose.getByRole('button', { name: 'Proposer' }).click()
    await propose.getByRole('status').waitFor()
    await cotec.reload()
    await cotec.getByText('Proposition : priorité B → A').waitFor()

    const copil = await journey.loggedIn(journey.people.copil.email)
    await copil.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Propositions' }).click()
    const decision = copil.getByRole('form', { name: 'Décision sur la proposition pour la mesure 29' })
    await decision.getByLabel('Commentaire (obligatoire pour refuser)').fill('Validé à l’unanimité.')
    await decision.getByRole('button', { name: 'Valider' }).click()
    await copil.getByText('Proposition validée : la mesure 29 est mise à jour.').waitFor()

    await copil.goto(`${journey.server.url}/mesures?priorite=A`)
    const row = copil.locator('tr[data-number="29"]')
    await row.waitFor()
    expect(await row.locator('abbr[data-priority]').textContent()).toBe('A')
    await row.getByRole('link').click()
    await copil.waitForURL(/\/mesures\/29$/)
    const timeline = copil.getByRole('region', { name: 'Historique' })
    const steps = await timeline.getByRole('listitem').allTextContents()
    expect(steps[0]).toMatch(/Proposition validée \(priorité B → A\) · Paula Copil/)
    expect(steps[0]).toContain('« Validé à l’unanimité. »')
    expect(steps[1]).toMatch(/Proposition : priorité B → A · Thierry Cotec/)
    expect(steps[1]).toContain('hameçonnage')
  })

  it('a cotec member updates status and progress; a member sees it and has no forms', async () => {
    const cotec = await journey.loggedIn(journey.people.cotec.email)
    await cotec.goto(`${journey.server.url}/mesures/13`)
    const form = cotec.getByRole('form', { name: 'Mettre à jour l’état et l’avancement' })
    await form.getByLabel('État').selectOption('en-cours')
    await form.getByLabel('Avancement (%)').fill('150')
    await form.getByRole('button', { name: 'Enregistrer' }).click()
    await form.getByRole('alert').waitFor()
    expect(await form.getByRole('alert').textContent()).toMatch(/100/)
    await form.getByLabel('Avancement (%)').fill('60')
    await form.getByLabel('Commentaire (facultatif, visible dans l’historique)').fill('Guide publié, affiches en cours.')
    await form.getByRole('button', { name: 'Enregistrer' }).click()
    await form.getByRole('status').waitFor()
    // Saved once: the message once, the form reset to what is now recorded, one entry in the history.
    expect(await form.getByRole('status').textContent()).toBe('État et avancement enregistrés.')
    expect(await cotec.getByText('État et avancement enregistrés.').count()).toBe(1)
    expect(await form.getByLabel('Commentaire (facultatif, visible dans l’historique)').inputValue()).toBe('')
    expect(await form.getByLabel('Avancement (%)').inputValue()).toBe('60')
    expect(await form.getByLabel('État').inputValue()).toBe('en-cours')
    const entries = cotec.getByRole('region', { name: 'Historique' }).getByRole('listitem')
    await expect.poll(() => entries.count()).toBe(1)
    expect(await entries.first().textContent()).toMatch(/État : Non renseigné → En cours ; Avancement : 0 % → 60 % · Thierry Cotec/)
    expect((await entries.first().textContent())!.split('Guide publié, affiches en cours.')).toHaveLength(2)

    const member = await journey.loggedIn(journey.people['member A'].email)
    await member.goto(`${journey.server.url}/mesures/13`)
    expect(await member.getByRole('form', { name: 'Mettre à jour l’état et l’avancement' }).count()).toBe(0)
    expect(await member.getByRole('form', { name: 'Proposer une nouvelle priorité' }).count()).toBe(0)
    const history = await member.getByRole('region', { name: 'Historique' }).textContent()
    expect(history).toContain('Avancement : 0 % → 60 %')
    expect(history).toContain('État : Non renseigné → En cours')
    expect(history).toContain('Guide publié, affiches en cours.')
    await member.getByRole('link', { name: /Sauvegardes et tests de restauration/ }).click()
    await member.waitForURL(/\/guides\/sauvegardes$/)
    await member.getByRole('link', { name: 'n° 13', exact: true }).click()
    await member.waitForURL(/\/mesures\/13$/)
  })

  it('a cotec member adds milestones and marks one done: the % follows; late measures and milestones say so in words', async () => {
    const cotec = await journey.loggedIn(journey.people.cotec.email)
    await cotec.goto(`${journey.server.url}/mesures/16`)
    const add = cotec.getByRole('form', { name: 'Ajouter un jalon' })
    for (const [title, day] of [
      ['Plan du guide', '2024-01-15'],
      ['Relecture par les communes', '2030-06-30'],
    ]) {
      await add.getByLabel('Intitulé').fill(title!)
      await add.getByLabel('Échéance').fill(day!)
      await add.getByRole('button', { name: 'Ajouter le jalon' }).click()
      await cotec.getByRole('region', { name: 'Jalons' }).getByText(title!).waitFor()
    }
    const milestones = cotec.getByRole('region', { name: 'Jalons' })
    await milestones.getByText('1 jalon en retard').waitFor()
    await cotec.getByRole('form', { name: 'Jalon « Plan du guide »' }).getByRole('button', { name: 'Marquer fait' }).click()
    await expect.poll(() => cotec.getByTestId('measure-milestones').textContent()).toContain('Fait')
    await cotec.reload()
    await cotec.getByText('1 jalon fait sur 2').first().waitFor()
    await cotec.getByText('Avancement : 50 %, calculé à partir des jalons.').first().waitFor()
    // Priority B, not done: late since the end of summer 2023, in words.
    expect(await cotec.getByTestId('measure-status').textContent()).toContain('En retard')
    expect(await cotec.getByTestId('measure-deadline').textContent()).toContain('31 août 2023')

    // The list and the measure page at a phone's and a laptop's width: nothing sticks out, no serious axe violation.
    for (const [width, height] of [
      [390, 844],
      [1366, 900],
    ] as const) {
      for (const path of ['/mesures', '/mesures/16']) {
        await cotec.setViewportSize({ width, height })
        await cotec.goto(`${journey.server.url}${path}`)
        expect(await horizontalOverflow(cotec), `${path} at ${width}`).toBe(0)
        expect(await seriousViolations(cotec), `${path} at ${width}`).toEqual([])
        if (path === '/mesures') expect(await cotec.locator('tr[data-number="16"]').textContent()).toContain('En retard')
        if (process.env.SCREENSHOTS)
          await cotec.screenshot({ path: `${process.env.SCREENSHOTS}/${path.replaceAll('/', '_')}-${width}.png`, fullPage: true })
      }
    }
  })
})
