import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '../helpers/browser'
import { useJourney } from '../helpers/journey'

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
    await cotec.goto(`${journey.server.url}/mesures/1`)
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

    const member = await journey.loggedIn(journey.people['member A'].email)
    await member.goto(`${journey.server.url}/mesures/1`)
    expect(await member.getByRole('form').count()).toBe(1) // the header's search form only
    const history = await member.getByRole('region', { name: 'Historique' }).textContent()
    expect(history).toContain('Avancement : 0 % → 60 %')
    expect(history).toContain('État : À lancer → En cours')
    expect(history).toContain('Guide publié, affiches en cours.')
    await member.getByRole('link', { name: /Sauvegardes et tests de restauration/ }).waitFor()
  })
})
