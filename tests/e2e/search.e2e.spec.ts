import { describe, expect, it } from 'vitest'

import { searchDocument } from '@/search/document'
import { searchEngine } from '@/search/engine'
import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'

describe.runIf(chromiumAvailable())('search in Chromium', () => {
  const journey = useJourney('search')
  const searchBox = (page: import('playwright-core').Page) => page.getByRole('combobox', { name: 'Rechercher dans Relais' })

  it('a member types "sauvgarde" in the header, picks the suggested backup guide and lands on it', async () => {
    const page = await journey.loggedIn(journey.people['member A'].email)
    await searchBox(page).pressSequentially('sauvgarde', { delay: 30 })
    // The guide, not the contract checklist's point of the same name.
    const option = page.getByRole('option', { name: /^Guide Sauvegardes et tests de restauration/ })
    await option.waitFor()
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('true')
    await option.click()
    await page.waitForURL(/\/guides\/sauvegardes$/)
    await page.getByRole('heading', { level: 1, name: /Sauvegardes/ }).waitFor()
  })

  it('works from the keyboard: arrow down to a suggestion, Enter opens it', async () => {
    const page = await journey.loggedIn(journey.people['member B'].email)
    await searchBox(page).pressSequentially('mot de pase', { delay: 30 })
    await page.getByRole('option', { name: /Mots de passe et authentification/ }).waitFor()
    await searchBox(page).press('ArrowDown')
    expect(await searchBox(page).getAttribute('aria-activedescendant')).toBeTruthy()
    await searchBox(page).press('Enter')
    await page.waitForURL(/\/guides\/mots-de-passe$/)
  })

  it('Enter without a suggestion shows the results page: highlighted excerpts, filters by type, links to the item', async () => {
    const page = await journey.loggedIn(journey.people['member A'].email)
    await searchBox(page).fill('securite')
    await searchBox(page).press('Enter')
    await page.waitForURL(/\/recherche\?q=securite$/)
    await page
      .getByRole('status')
      .filter({ hasText: /résultats? pour « securite »/ })
      .waitFor()
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0)
    const filters = page.getByRole('navigation', { name: 'Filtrer par type' })
    await filters.getByRole('link', { name: /^FAQ \(\d+\)$/ }).click()
    await page.waitForURL(/type=faq/)
    const badges = await page.locator('.search-results .badge').allTextContents()
    expect(badges.length).toBeGreaterThan(0)
    expect(new Set(badges)).toEqual(new Set(['FAQ']))
    await page.locator('.search-results a').first().click()
    await page.waitForURL(/\/faq\?question=\d+#question-\d+$/)
    const id = new URL(page.url()).searchParams.get('question')
    expect(await page.locator(`#question-${id}`).getAttribute('open')).not.toBeNull()
  })

  it('never shows another commune’s private entry, not even its title', async () => {
    const { people } = journey
    await searchEngine(journey.payload).upsert([
      searchDocument({
        collection: 'fixtures',
        docId: 'b',
        type: 'actualite',
        title: 'Registre Orsalune',
        text: 'Décision privée.',
        url: '/prive/b',
        visibility: `commune:${people.communeB.id}`,
      }),
    ])
    const memberA = await journey.loggedIn(people['member A'].email)
    await memberA.goto(`${journey.server.url}/recherche?q=Orsalune`)
    await memberA.getByText('Aucun résultat pour « Orsalune »').waitFor()
    expect(await memberA.content()).not.toContain('Registre Orsalune')
    const memberB = await journey.loggedIn(people['member B'].email)
    await memberB.goto(`${journey.server.url}/recherche?q=Orsalune`)
    await memberB.getByRole('link', { name: 'Registre Orsalune' }).waitFor()
  })

  it('explains bad input in French', async () => {
    const page = await journey.loggedIn(journey.people['member A'].email)
    await page.goto(`${journey.server.url}/recherche?q=sauvegarde&type=recette`)
    expect(await page.locator('p[role=alert]').textContent()).toBe('Type de résultat inconnu : « recette ».')
  })
})
