import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { createUser } from '@tests/helpers/people'
import { horizontalOverflow, menuProblem, seriousViolations } from '@tests/helpers/responsive'

const shots = process.env.RELAIS_SCREENSHOTS

describe.runIf(chromiumAvailable())('following and the digest settings, in Chromium', () => {
  const journey = useJourney('follow')
  const problems: string[] = []

  /** On a phone and a laptop: no sideways scrolling, a working menu, no serious axe violation. */
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

  it('a référent sees a new action marked « Nouveau », stops and resumes following the guide, and chooses a daily digest', async () => {
    const { payload, people, server } = journey
    await createUser(payload, {
      email: 'referent.follow.e2e@test.local',
      name: 'Rosalie Référente',
      roles: ['member'],
      commune: people.communeA.id,
      communeReferent: true,
    })
    const guide = (await payload.find({ collection: 'guides', where: { slug: { equals: 'sauvegardes' } }, depth: 0 })).docs[0]!
    await payload.update({
      collection: 'guides',
      id: guide.id,
      data: {
        checklist: [...(guide.checklist ?? []), { label: 'Tester le plan de reprise chaque trimestre', key: '' }],
        _status: 'published',
      },
    })

    const page = await journey.loggedIn('referent.follow.e2e@test.local')
    await page.goto(`${server.url}/guides/sauvegardes`)
    await expect.poll(() => page.getByText('Vous suivez ce guide (par défaut, selon votre rôle)', { exact: false }).count()).toBe(1)
    await expect.poll(() => page.locator('[data-new="true"]').getByText('Nouveau').count()).toBe(1)
    await checkLayout(page, 'guide')

    await page.getByRole('button', { name: 'Ne plus suivre' }).click()
    await page.getByText('Suivre ce guide', { exact: false }).waitFor()
    await page.getByRole('button', { name: 'Suivre', exact: true }).click()
    await page.getByText('Vous suivez ce guide', { exact: false }).waitFor()

    await page.goto(`${server.url}/compte/notifications`)
    await page.getByLabel('Chaque jour (le matin)').check()
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await page.getByText('Préférences enregistrées', { exact: false }).waitFor()
    await checkLayout(page, 'notifications')
    const self = await payload.find({
      collection: 'users',
      where: { email: { equals: 'referent.follow.e2e@test.local' } },
      showHiddenFields: true,
    })
    expect(self.docs[0]!.digestFrequency).toBe('daily')

    expect(problems).toEqual([])
  })
})
