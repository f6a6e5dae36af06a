import fs from 'node:fs'

import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import { chromiumAvailable } from '@tests/helpers/browser'
import { useJourney } from '@tests/helpers/journey'
import { horizontalOverflow, seriousViolations } from '@tests/helpers/responsive'

/**
 * Issue 25, §3: a coordinator colours the map by checklist completion (the legend's classes and a commune's class)
 * and exports the communes × guides matrix (CSV and XLSX opened and read), on a phone and on a laptop.
 */
describe.runIf(chromiumAvailable())('the regional picture, in Chromium', () => {
  const journey = useJourney('regional')

  it('a coordinator colours the map by checklist completion and exports the matrix, at 390 and 1366 px', async () => {
    const { payload, people, server } = journey
    // The known dataset: Sion has done every action of « Sauvegardes », nobody else has answered anything.
    await payload.delete({ collection: 'checklist-progress', where: { id: { exists: true } } })
    const backup = (await payload.find({ collection: 'guides', where: { slug: { equals: 'sauvegardes' } } })).docs[0]!
    for (const item of backup.checklist!)
      await payload.create({
        collection: 'checklist-progress',
        data: { commune: people.communeA.id, guide: backup.id, itemKey: item.key!, state: 'done' },
      })
    const totalItems = (await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, limit: 0 })).docs.reduce(
      (sum, guide) => sum + (guide.checklist ?? []).length,
      0,
    )
    const sionOverall = Math.round((backup.checklist!.length / totalItems) * 100)

    const page = await journey.loggedIn(people.coordinator.email)
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${server.url}/carte`)
      // The choice of indicator is a plain form: it works without JavaScript.
      await page.getByLabel('Colorer selon').selectOption({ label: 'Checklists réalisées' })
      await page.getByRole('button', { name: 'Colorer' }).click()
      await page.waitForURL(/indicateur=checklist-completion/)
      const legend = page.getByTestId('indicator-legend')
      const expectedClass = sionOverall >= 75 ? 4 : sionOverall >= 50 ? 3 : sionOverall >= 25 ? 2 : 1
      // Every other commune is at 0 %: the first class holds them (and Sion when its share is under a quarter).
      const firstClass = expectedClass === 1 ? 59 : 58
      await expect.poll(() => legend.locator('li').allTextContents()).toContain(`0 à 24 % (moins d’un quart) : ${firstClass} communes`)
      expect(await legend.locator('li[data-class="none"]').textContent()).toBe('Pas de donnée (hachuré) : 0 commune')
      // Sion's shape is in the class of its value, its value is written in its name and in the list of communes.
      const sion = page.locator(`path.commune-shape[data-ofs="6266"]`)
      expect(await sion.getAttribute('data-class')).toBe(String(expectedClass))
      expect(await page.locator('a[data-name="Sion"]').getAttribute('aria-label')).toBe(`Sion : ${sionOverall} %`)
      expect(await page.locator('tr[data-ofs="6266"] [data-indicator-value]').textContent()).toBe(`${sionOverall} %`)
      expect(await horizontalOverflow(page)).toBe(0)
      expect(await seriousViolations(page)).toEqual([])

      // The regional page: sort by the « Sauvegardes » column, highest first, then export what is shown.
      await page.goto(`${server.url}/region`)
      const header = page.locator(`th[data-sort="guide-${backup.id}"]`)
      await header.getByRole('link').click()
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending')
      await header.getByRole('link').click()
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending')
      expect(await page.getByTestId('matrix').locator('tbody tr').first().getAttribute('data-commune')).toBe('Sion')
      expect(await horizontalOverflow(page)).toBe(0)
      expect(await seriousViolations(page)).toEqual([])

      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()])
      expect(csvDownload.suggestedFilename()).toMatch(/^matrice-checklists-\d{4}-\d{2}-\d{2}\.csv$/)
      const lines = fs
        .readFileSync((await csvDownload.path())!, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
      const headerCells = lines[0]!.split(';')
      const column = headerCells.indexOf(`"${backup.title} (%)"`)
      expect(column).toBeGreaterThan(1)
      expect(lines).toHaveLength(60)
      expect(lines[1]!.split(';').slice(0, 2)).toEqual(['"Sion"', `"${sionOverall}"`])
      expect(lines[1]!.split(';')[column]).toBe('"100"')
      expect(lines[2]!.split(';')[column]).toBe('"0"')

      const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel (XLSX)' }).click()])
      expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile((await xlsxDownload.path())!)
      const sheet = workbook.worksheets[0]!
      expect(sheet.getRow(1).getCell(column + 1).value).toBe(`${backup.title} (%)`)
      expect([sheet.getRow(2).getCell(1).value, sheet.getRow(2).getCell(column + 1).value]).toEqual(['Sion', 100])
      expect(sheet.rowCount).toBe(60)
    }
  })
})
