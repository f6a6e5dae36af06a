import { describe, expect, it } from 'vitest'

import { reportProblems } from '@/contentReports/report'
import { reportStatusLine, targetPath } from '@/contentReports/target'
import { REPORT_MESSAGE_MAX, REPORT_SECTION_MAX } from '@/contentReports/vocabulary'
import { reviewHistory } from '@/guides/reviewHistory'

describe('a report’s own checks', () => {
  it('wants a message, bounded, and a short section', () => {
    expect(reportProblems({ message: 'Le lien est mort.', section: '' })).toBeNull()
    expect(reportProblems({ message: '  ', section: '' })).toEqual({ message: 'Dites en quelques mots ce qui est à mettre à jour.' })
    expect(reportProblems({ message: 'x'.repeat(REPORT_MESSAGE_MAX), section: '' })).toBeNull()
    expect(reportProblems({ message: 'x'.repeat(REPORT_MESSAGE_MAX + 1), section: '' })?.message).toMatch(
      /^Votre message dépasse 1\s000 caractères/,
    )
    expect(reportProblems({ message: 'Ok.', section: 'x'.repeat(REPORT_SECTION_MAX + 1) })?.section).toContain(
      `${REPORT_SECTION_MAX} caractères`,
    )
  })
})

describe('a report in German', () => {
  it('refuses and tells where it stands in the reader’s language', () => {
    expect(reportProblems({ message: ' ', section: '' }, 'de')).toEqual({
      message: 'Sagen Sie in wenigen Worten, was zu aktualisieren ist.',
    })
    expect(reportProblems({ message: 'x'.repeat(REPORT_MESSAGE_MAX + 1), section: '' }, 'de')?.message).toMatch(
      /^Ihre Nachricht ist länger als 1['’]000 Zeichen/,
    )
    expect(reportStatusLine('traite', '3. Dezember 2026', 'de')).toBe('Sie haben diesen Inhalt am 3. Dezember 2026 gemeldet — erledigt')
    expect(reportStatusLine('ouvert', '3. Dezember 2026', 'de')).toBe(
      'Sie haben diesen Inhalt am 3. Dezember 2026 gemeldet — noch nicht bearbeitet',
    )
  })
})

describe('where a reported content lives', () => {
  it('gives each kind its page', () => {
    expect(targetPath('guides', { id: 3, slug: 'sauvegardes' })).toBe('/guides/sauvegardes')
    expect(targetPath('templates', { id: 4, slug: 'note' })).toBe('/modeles/note')
    expect(targetPath('faqs', { id: 12 })).toBe('/faq?question=12#question-12')
  })

  it('tells the reporter where their report stands', () => {
    expect(reportStatusLine('ouvert', '3 décembre 2026')).toBe('Vous avez signalé ce contenu le 3 décembre 2026 — en attente de traitement')
    expect(reportStatusLine('traite', '3 décembre 2026')).toBe('Vous avez signalé ce contenu le 3 décembre 2026 — traité')
    expect(reportStatusLine('ecarte', '3 décembre 2026')).toBe('Vous avez signalé ce contenu le 3 décembre 2026 — écarté')
  })
})

describe('a guide’s review history', () => {
  const v = (publishedAt: string, lastReviewedAt: string, changeNote: string | null = null, revisedByName: string | null = null) => ({
    publishedAt,
    lastReviewedAt,
    changeNote,
    revisedByName,
  })

  it('has a line for the first publication, each review and each new note, newest first', () => {
    const history = reviewHistory([
      v('2026-03-01T10:00:00Z', '2026-03-01T00:00:00Z', 'Ajout de la double authentification.', 'Claire'),
      v('2026-01-01T10:00:00Z', '2026-01-01T00:00:00Z', 'Première version.', 'Claire'),
      // A typo fixed: same review date, same note: no line.
      v('2026-03-02T10:00:00Z', '2026-03-01T00:00:00Z', 'Ajout de la double authentification.', 'Marc'),
      // A new note without a review.
      v('2026-05-01T10:00:00Z', '2026-03-01T00:00:00Z', 'Lien vers l’OFCS corrigé.', 'Marc'),
      // A review without a note.
      v('2026-09-01T10:00:00Z', '2026-09-01T00:00:00Z', 'Lien vers l’OFCS corrigé.', null),
    ])
    expect(history).toEqual([
      { publishedAt: '2026-09-01T10:00:00Z', reviewedOn: '2026-09-01T00:00:00Z', by: null, note: null },
      { publishedAt: '2026-05-01T10:00:00Z', reviewedOn: null, by: 'Marc', note: 'Lien vers l’OFCS corrigé.' },
      {
        publishedAt: '2026-03-01T10:00:00Z',
        reviewedOn: '2026-03-01T00:00:00Z',
        by: 'Claire',
        note: 'Ajout de la double authentification.',
      },
      { publishedAt: '2026-01-01T10:00:00Z', reviewedOn: '2026-01-01T00:00:00Z', by: 'Claire', note: 'Première version.' },
    ])
  })

  it('is empty for a guide never published', () => {
    expect(reviewHistory([])).toEqual([])
  })
})
