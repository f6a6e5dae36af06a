/** The PostgreSQL engine's query text: which words are kept, their synonyms, and the `to_tsquery` built from them. */
import { describe, expect, it } from 'vitest'

import { termsOf, toTsquery } from '@/search/postgres/tsquery'
import { wordsOf } from '@/search/vocabulary'

const typed = (q: string, options?: { lastIsPrefix?: boolean }) => termsOf(q, options).map((term) => term.words.join(' '))

describe('termsOf', () => {
  it('folds accents and case, splits on apostrophes and drops the question words and the stop words', () => {
    expect(wordsOf("L'Inventaire des Œuvres")).toEqual(['l', 'inventaire', 'des', 'oeuvres'])
    expect(typed('Comment faire une sauvegarde ?')).toEqual(['sauvegarde'])
    expect(typed('que faire en cas de piratage')).toEqual(['cas', 'piratage'])
  })

  it('keeps the question words when nothing else is left', () => {
    expect(typed('comment faire')).toEqual(['comment', 'faire'])
  })

  it('makes only the last word a prefix, and only while typing', () => {
    expect(termsOf('mot passe').map((term) => term.prefix)).toEqual([false, false])
    expect(termsOf('mot passe', { lastIsPrefix: true }).map((term) => term.prefix)).toEqual([false, true])
  })

  it('keeps an expression of the vocabulary whole, plural or not, with the other expressions of its line', () => {
    expect(termsOf('MDP')[0]!.phrases).toContainEqual(['mot', 'de', 'passe'])
    expect(typed('mots de passe oubliés')).toEqual(['mots de passe', 'oublies'])
    expect(termsOf('mots de passe')[0]!.phrases).toContainEqual(['mdp'])
    expect(termsOf('rgpd')[0]!.phrases).toContainEqual(['protection', 'des', 'donnees'])
  })

  it('knows the English words and the everyday words for the official ones, both ways', () => {
    const alternatives = (q: string) => termsOf(q).flatMap((term) => term.phrases.map((phrase) => phrase.join(' ')))
    expect(alternatives('backup')).toContain('sauvegarde')
    expect(alternatives('sauvegarde')).toContain('backup')
    expect(alternatives('ransomware')).toContain('rancongiciel')
    expect(alternatives('rançongiciel')).toContain('ransomware')
    expect(alternatives('phishing')).toContain('hameconnage')
    expect(alternatives('hameçonnage')).toContain('phishing')
    expect(alternatives('numérique')).toContain('digital')
    expect(alternatives('digitale')).toContain('numerique')
    expect(alternatives('piratage')).toEqual(expect.arrayContaining(['cyberattaque', 'incident cyber']))
  })

  it('does not expand the word being typed: it is a prefix', () => {
    expect(termsOf('mdp', { lastIsPrefix: true })).toEqual([{ words: ['mdp'], prefix: true, phrases: [] }])
  })

  it('keeps at most 8 terms of at most 40 letters', () => {
    expect(termsOf('alpha bravo charlie delta echo foxtrot golf hotel india juliet')).toHaveLength(8)
    expect(termsOf('a'.repeat(100))[0]!.words).toEqual(['a'.repeat(40)])
  })

  it('leaves nothing of the operators and quotes a visitor types', () => {
    const words = termsOf(`a' | b & !c:* <-> "d" (e) ; drop table users; --`).flatMap((term) => term.words)
    expect(words).toEqual(['b', 'e', 'drop', 'table', 'users'])
    for (const word of words) expect(word).toMatch(/^[a-z0-9]+$/)
  })
})

describe('toTsquery', () => {
  it('joins the terms with AND, each term with its prefix, corrections and synonyms', () => {
    const terms = termsOf('mdp oublié', { lastIsPrefix: true })
    const corrections = new Map([['oublie', ['oubli', 'publie']]])
    expect(toTsquery(terms, corrections, 'all')).toBe(
      '(mdp | (mot & de & passe) | password | (phrase & de & passe)) & (oublie:* | oubli | publie)',
    )
  })

  it('falls back to all terms but one (any of two), or to any term', () => {
    const terms = termsOf('alpha bravo charlie')
    expect(toTsquery(terms, new Map(), 'most')).toBe('((bravo) & (charlie)) | ((alpha) & (charlie)) | ((alpha) & (bravo))')
    expect(toTsquery(terms, new Map(), 'any')).toBe('(alpha) | (bravo) | (charlie)')
    expect(toTsquery(termsOf('alpha bravo'), new Map(), 'most')).toBe('(alpha) | (bravo)')
  })

  it('is a single parenthesised word for a one-word query without synonyms', () => {
    expect(toTsquery(termsOf('inventaire'), new Map(), 'all')).toBe('(inventaire)')
  })

  it('is empty when the query has no word', () => {
    expect(termsOf(' ?! ')).toEqual([])
    expect(toTsquery([], new Map(), 'all')).toBe('')
  })
})
