import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser } from '@tests/helpers/people'
import { horizontalOverflow, seriousViolations } from '@tests/helpers/responsive'

describe.runIf(chromiumAvailable())('the inventory and « Qui utilise quoi », in Chromium', () => {
  const journey = useJourney('inventory')

  it('a référent of Sion fills two lines and agrees to be contacted; an employee of Martigny finds Sion, never the unwilling commune', async () => {
    const { payload, people, server } = journey
    const referent = await createUser(payload, {
      email: 'referent.inventaire@test.local',
      name: 'Rosalie Référente',
      roles: ['member'],
      commune: people.communeA.id,
      communeReferent: true,
    })
    await payload.create({
      collection: 'commune-registers',
      data: {
        commune: people.communeA.id,
        referentName: 'Rosalie Référente',
        referentFunction: 'secretaire',
        referentEmail: referent.email,
      },
    })
    // Another commune uses the same product without agreeing to be contacted.
    const monthey = (await payload.find({ collection: 'communes', where: { ofsNumber: { equals: 6153 } }, limit: 1 })).docs[0]!
    const salaires = (await payload.find({ collection: 'processes', where: { key: { equals: 'salaires' } }, limit: 1 })).docs[0]!
    await payload.create({
      collection: 'commune-tools',
      data: { commune: monthey.id, process: salaires.id, product: 'Paie Alpine', rating: 2, comment: 'Avis de la commune discrète.' },
    })

    const page = await journey.loggedIn(referent.email)
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma commune' }).click()
    const inventory = page.getByRole('region', { name: 'Inventaire des outils' })
    await inventory.getByText('Aucun outil inventorié.').waitFor()
    const form = inventory.getByRole('form', { name: 'Ajouter un outil' })
    const line = async (fields: { process: string; product: string; provider: string; hosting: string; year: string; rating: string }) => {
      if (!(await form.isVisible())) await inventory.getByText('Ajouter un outil à l’inventaire').click()
      await form.getByLabel('Processus').selectOption({ label: fields.process })
      await form.getByLabel('Produit ou service').fill(fields.product)
      await form.getByRole('combobox', { name: /^Prestataire/ }).fill(fields.provider)
      await form.getByLabel('Hébergement').selectOption({ label: fields.hosting })
      await form.getByLabel('En service depuis (année)').fill(fields.year)
      await form.getByLabel('Note du ou de la référent·e').selectOption({ label: fields.rating })
      await form.getByLabel('Commentaire').fill(`Notre expérience de ${fields.product}.`)
      await form.getByLabel('D’accord d’être contacté·e').check()
      await form.getByRole('button', { name: 'Ajouter à l’inventaire' }).click()
      await inventory.getByRole('cell', { name: fields.product, exact: true }).waitFor()
    }
    await line({
      process: 'Salaires',
      product: 'Paie Alpine',
      provider: 'Logiciels du Rhône SA',
      hosting: 'Chez le prestataire',
      year: '2018',
      rating: '4 — bon',
    })
    await line({
      process: 'Messagerie',
      product: 'Courriel Vallée',
      provider: 'logiciels du rhone sa',
      hosting: 'Dans le cloud',
      year: '2021',
      rating: '5 — excellent',
    })
    // Grouped by process, in the catalogue's order; the same provider typed twice is one record.
    const headings = await inventory.getByRole('heading', { level: 3 }).allTextContents()
    expect(headings).toEqual(['Salaires', 'Messagerie'])
    expect(await inventory.getByText('D’accord d’être contactée').count()).toBe(2)
    expect((await payload.find({ collection: 'providers', where: { name: { like: 'Rhône' } } })).docs.map((p) => p.name)).toEqual([
      'Logiciels du Rhône SA',
    ])

    const martigny = await journey.loggedIn(people['member B'].email)
    await martigny.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Qui utilise quoi' }).click()
    const section = martigny.getByRole('region', { name: 'Salaires' })
    const product = section.getByRole('listitem').filter({ has: martigny.getByRole('heading', { name: 'Paie Alpine' }) })
    await product.waitFor()
    expect(await product.textContent()).toContain('Utilisé par moins de 3 communes')
    expect(await product.textContent()).toContain('Sion — Rosalie Référente')
    expect(await product.getByRole('link', { name: `Écrire à ${referent.email}` }).getAttribute('href')).toMatch(
      new RegExp(`^mailto:${referent.email}`),
    )
    const main = (await martigny.locator('main').textContent()) ?? ''
    expect(main).not.toContain('Monthey')
    expect(main).not.toContain('Avis de la commune discrète.')

    await product.getByRole('link', { name: 'Paie Alpine' }).click()
    await martigny.getByRole('heading', { level: 1, name: 'Paie Alpine' }).waitFor()
    const productPage = (await martigny.locator('main').textContent()) ?? ''
    expect(productPage).toContain('Sion')
    expect(productPage).not.toContain('Monthey')
    await martigny.goto(`${server.url}/ma-commune`)
    expect(await martigny.getByRole('region', { name: 'Inventaire des outils' }).textContent()).not.toContain('Paie Alpine')
  })

  it('the inventory (with its forms open) and « Qui utilise quoi » fit a phone and a laptop, without serious accessibility problems', async () => {
    const { server } = journey
    const page = await journey.loggedIn('referent.inventaire@test.local')
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 })
      for (const path of ['/ma-commune', '/qui-utilise-quoi', '/qui-utilise-quoi/produit/paie-alpine']) {
        await page.goto(`${server.url}${path}`)
        if (path === '/ma-commune') for (const summary of await page.locator('.inventory summary').all()) await summary.click()
        expect(await horizontalOverflow(page), `${path} at ${width} px`).toBe(0)
        expect(await seriousViolations(page), `${path} at ${width} px`).toEqual([])
        const shots = process.env.RELAIS_SCREENSHOTS
        if (shots) await page.screenshot({ path: `${shots}/${path.replace(/\W+/g, '-')}-${width}.png`, fullPage: true })
      }
    }
    // It prints with the register, without its forms.
    await page.goto(`${server.url}/ma-commune`)
    await page.emulateMedia({ media: 'print' })
    const inventory = page.getByRole('region', { name: 'Inventaire des outils' })
    expect(await inventory.getByRole('cell', { name: 'Paie Alpine', exact: true }).isVisible()).toBe(true)
    expect(await inventory.getByText('Ajouter un outil à l’inventaire').isVisible()).toBe(false)
    expect(await inventory.getByText('Modifier « Paie Alpine »').isVisible()).toBe(false)
  })
})
