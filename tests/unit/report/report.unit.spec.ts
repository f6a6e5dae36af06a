/**
 * The Comité's report without a database: its period (defaults and French refusals), the words of its sections
 * (net changes, anonymised counts and medians) and the PDF, whose text is read back.
 */
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'

import { changeWords, indicatorValue, reportDocument, reportTitle, type ReportTable } from '@/report/document'
import { netChanges, type ReportData } from '@/report/load'
import { reportPdf } from '@/report/pdf'
import { readPeriod, reportFileName, shiftDay } from '@/report/period'

// 30 November 2026, 23:30 in Zurich.
const now = new Date('2026-11-30T22:30:00Z')

describe('the period', () => {
  it('is the last twelve months up to today by default, in Zurich days', () => {
    const { period } = readPeriod(undefined, '', now)
    expect(period).toMatchObject({ from: '2025-12-01', to: '2026-11-30' })
    expect(period!.start.toISOString()).toBe('2025-11-30T23:00:00.000Z')
    expect(period!.end.toISOString()).toBe('2026-11-30T23:00:00.000Z')
    expect(reportFileName(period!)).toBe('rapport-comite-2025-12-01-au-2026-11-30')
  })

  it('takes any period of five years at most that ends today at the latest', () => {
    expect(readPeriod('2026-01-01', '2026-06-30', now).period?.end.toISOString()).toBe('2026-06-30T22:00:00.000Z')
    expect(readPeriod('2021-12-01', '2026-11-30', now).period).toBeDefined()
    expect(shiftDay('2024-02-29', { years: 1 })).toBe('2025-02-28')
  })

  it.each([
    ['2026-13-01', '2026-06-30', 'La date de début n’est pas une date valable : choisissez un jour (AAAA-MM-JJ).'],
    ['2026-01-01', '30.06.2026', 'La date de fin n’est pas une date valable : choisissez un jour (AAAA-MM-JJ).'],
    ['2026-02-30', '2026-06-30', 'La date de début n’est pas une date valable : choisissez un jour (AAAA-MM-JJ).'],
    ['2026-06-30', '2026-01-01', 'La date de fin précède la date de début : inversez-les.'],
    ['2026-01-01', '2026-12-01', 'La période ne peut pas finir après aujourd’hui (30 novembre 2026).'],
    ['2021-11-30', '2026-11-30', 'La période est limitée à 5 ans : raccourcissez-la.'],
  ])('refuses du=%s au=%s in French', (du, au, problem) => {
    expect(readPeriod(du, au, now)).toEqual({ problem })
  })
})

const data = (overrides: Partial<ReportData> = {}): ReportData => ({
  period: readPeriod('2026-01-01', '2026-06-30', now).period!,
  generatedAt: now.toISOString(),
  measures: [
    {
      number: 29,
      title: 'Organisation de tests de phishing',
      axis: 'convergence-actions',
      priority: 'A',
      rank: 3,
      status: 'en-cours',
      progress: 40,
      updates: 2,
      changes: [
        { field: 'status', from: 'a-lancer', to: 'en-cours' },
        { field: 'progress', from: '0', to: '40' },
      ],
    },
    {
      number: 1,
      title: 'Mesure calme',
      axis: 'partage-informations',
      priority: 'B',
      rank: 1,
      status: 'a-lancer',
      progress: 0,
      updates: 0,
      changes: [],
    },
  ],
  priorityDecisions: [],
  meetings: [],
  committeeDecisions: [],
  indicators: [],
  events: [],
  eventTotals: { events: 0, registered: 0, attended: 0, communes: 0 },
  ...overrides,
})

const tables = (doc: ReturnType<typeof reportDocument>) =>
  doc.sections.flatMap((s) => s.blocks).filter((b): b is ReportTable => b.kind === 'table')

describe('the words of the report', () => {
  it('tells what a period changed, net: a value changed and changed back is left out', () => {
    const changes = netChanges([
      {
        changes: [
          { field: 'progress', from: '0', to: '20' },
          { field: 'status', from: 'a-lancer', to: 'en-cours' },
        ],
      },
      { changes: [{ field: 'progress', from: '20', to: '40' }] },
      { changes: [{ field: 'status', from: 'en-cours', to: 'a-lancer' }] },
    ])
    expect(changes).toEqual([{ field: 'progress', from: '0', to: '40' }])
    expect(changes.map((change) => changeWords(change))).toEqual(['Avancement : de 0 % à 40 %'])
    expect(changeWords({ field: 'deliverable', from: 'a', to: 'b' })).toBe('Livrable modifié')
  })

  it('lists the measures by axis, priority first, with their changes in the period', () => {
    const doc = reportDocument(data())
    expect(doc.title).toBe(reportTitle())
    expect(doc.subtitle).toBe('Période du 1 janvier 2026 au 30 juin 2026')
    const axis = tables(doc).find((t) => t.caption === 'Mesures de l’axe « Convergence des actions »')!
    expect(axis.rows).toEqual([
      [
        '29',
        'Organisation de tests de phishing',
        'A',
        'En cours',
        '40 %',
        'État : de « À lancer » à « En cours » ; Avancement : de 0 % à 40 %',
      ],
    ])
    expect(doc.sections[0].blocks[0]).toEqual({
      kind: 'paragraph',
      text: '2 mesures : 1 « À lancer », 1 « En cours ». Avancement moyen : 20 %. Pendant la période, 1 mesure a changé (2 mises à jour).',
    })
  })

  it('never publishes a figure behind fewer than 3 communes', () => {
    expect(indicatorValue(null, 'percent')).toBe('non publié (moins de 3 communes)')
    expect(indicatorValue(62.4, 'percent')).toBe('62 %')
    const doc = reportDocument(
      data({
        indicators: [
          {
            key: 'k',
            label: 'Référent nommé',
            definition: 'Part des communes…',
            unit: 'percent',
            median: null,
            communes: null,
            trend: [
              { month: '2026-01', median: 50 },
              { month: '2026-06', median: 75 },
            ],
          },
        ],
        events: [
          {
            title: 'Atelier',
            type: 'atelier',
            startsAt: '2026-03-10T08:00:00Z',
            registered: null,
            attended: null,
            communes: null,
            attendanceMarked: true,
          },
        ],
        eventTotals: { events: 1, registered: null, attended: null, communes: null },
      }),
    )
    const [indicatorTable, eventTable] = [tables(doc).find((t) => t.caption.startsWith('Indicateurs'))!, tables(doc).at(-1)!]
    expect(indicatorTable.rows[0]).toEqual([
      'Référent nommé',
      'Part des communes…',
      'non publié (moins de 3 communes)',
      'moins de 3 communes',
      'de 50 % (janvier 2026) à 75 % (juin 2026)',
    ])
    expect(eventTable.rows[0]).toEqual([
      '10.03.2026',
      'Atelier',
      'Atelier',
      'moins de 3 communes',
      'moins de 3 communes',
      'moins de 3 communes',
    ])
  })

  it('says when there is no indicator yet, no event and no decision', () => {
    const text = JSON.stringify(reportDocument(data()))
    expect(text).toContain('Aucun indicateur régional n’est encore défini.')
    expect(text).toContain('Aucun événement tenu pendant la période.')
    expect(text).toContain('Aucune proposition de priorité décidée pendant la période.')
  })
})

describe('the PDF', () => {
  it('holds the same text as the page: title, period, measures, figures', async () => {
    const measures = Array.from({ length: 40 }, (_, i) => ({ ...data().measures[0], number: i + 1, title: `Mesure numéro ${i + 1}` }))
    const bytes = await reportPdf(reportDocument(data({ measures })))
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    expect(pdf.numPages).toBeGreaterThan(1)
    const { text } = await extractText(pdf, { mergePages: true })
    expect(text).toContain(reportTitle())
    expect(text).toContain('Période du 1 janvier 2026 au 30 juin 2026')
    expect(text).toContain('Mesure numéro 40')
    expect(text).toContain('Avancement moyen : 40 %')
    expect(text).toContain(`page 1 sur ${pdf.numPages}`)
  })
})

describe('in German', () => {
  it('words the period, its refusals and the file name for a German reader', () => {
    const { period } = readPeriod('2026-01-01', '2026-06-30', now, 'de')
    expect(reportFileName(period!, 'de')).toBe('bericht-ausschuss-2026-01-01-bis-2026-06-30')
    expect(readPeriod('2026-06-30', '2026-01-01', now, 'de')).toEqual({
      problem: 'Das Enddatum liegt vor dem Anfangsdatum: Vertauschen Sie die beiden.',
    })
    expect(readPeriod('2021-11-30', '2026-11-30', now, 'de')).toEqual({ problem: 'Der Zeitraum ist auf 5 Jahre begrenzt: Kürzen Sie ihn.' })
  })

  it('writes every section in German: titles, vocabularies, changes and figures', () => {
    const doc = reportDocument(data(), 'de')
    expect(doc.title).toBe('Fortschrittsbericht an den Ausschuss')
    expect(doc.title).toBe(reportTitle('de'))
    expect(doc.subtitle).toBe('Zeitraum vom 1. Januar 2026 bis 30. Juni 2026')
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Massnahmen nach Achse und Priorität',
      'Entscheide im Zeitraum',
      'Regionale Indikatoren',
      'Veranstaltungen und Teilnahme',
    ])
    const axis = tables(doc).find((t) => t.caption === 'Massnahmen der Achse «Bündelung der Massnahmen»')!
    expect(axis.columns).toEqual(['Nr.', 'Massnahme', 'Priorität', 'Stand', 'Fortschritt', 'Änderungen im Zeitraum'])
    // The measure's title is content: it stays as entered.
    expect(axis.rows[0]).toEqual([
      '29',
      'Organisation de tests de phishing',
      'A',
      'In Arbeit',
      '40 %',
      'Stand: von «Zu starten» zu «In Arbeit»; Fortschritt: von 0 % zu 40 %',
    ])
    expect(doc.sections[0].blocks[0]).toEqual({
      kind: 'paragraph',
      text: '2 Massnahmen: 1 «Zu starten», 1 «In Arbeit». Durchschnittlicher Fortschritt: 20 %. Im Zeitraum hat sich 1 Massnahme geändert (2 Aktualisierungen).',
    })
    expect(JSON.stringify(doc)).not.toMatch(/Mesures|Avancement|période/)
  })

  it('gives a German PDF: title, period, page numbers', async () => {
    const bytes = await reportPdf(reportDocument(data(), 'de'))
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    const { text } = await extractText(pdf, { mergePages: true })
    expect(text).toContain('Fortschrittsbericht an den Ausschuss')
    expect(text).toContain('Zeitraum vom 1. Januar 2026 bis 30. Juni 2026')
    expect(text).toContain('Durchschnittlicher Fortschritt: 20 %')
    expect(text).toContain(`Seite 1 von ${pdf.numPages}`)
    expect(text).not.toContain('Rapport d’avancement')
    const info = (await pdf.getMetadata()).info as { Subject?: string }
    expect(info.Subject).toBe('Bericht an den Ausschuss')
  })
})
