/** The PostgreSQL engine's query text: which words are kept, and the `to_tsquery` built from them. */
import { describe, expect, it } from 'vitest'

import { termsOf, toTsquery } from '@/search/postgres/tsquery'
import { wordsOf } from '@/search/vocabulary'

describe('termsOf', () => {
  it('folds accents and case, splits on apostrophes and drops the question words', () => {
    expect(wordsOf("L'Inventaire des Œuvres")).toEqual(['l', 'inventaire', 'des', 'oeuvres'])
    expect(termsOf('Comment faire une sauvegarde ?').map((term) => term.word)).toEqual(['une', 'sauvegarde'])
  })

  it('keeps the question words when nothing else is left', () => {
    expect(termsOf('comment faire').map((term) => term.word)).toEqual(['comment', 'faire'])
  })

  it('makes only the last word a prefix, and only while typing', () => {
    expect(termsOf('mot passe').map((term) => term.prefix)).toEqual([false, false])
    expect(termsOf('mot passe', { lastIsPrefix: true }).map((term) => term.prefix)).toEqual([false, true])
  })

  it('offers the spelled-out words of an abbreviation as a phrase', () => {
    expect(termsOf('MDP')).toEqual([{ word: 'mdp', prefix: false, phrases: [['mot', 'de', 'passe']] }])
    expect(termsOf('rgpd')[0]!.phrases).toEqual([['protection', 'des', 'donnees']])
  })

  it('keeps at most 8 words of at most 40 letters', () => {
    expect(termsOf('un deux trois quatre cinq six sept huit neuf dix')).toHaveLength(8)
    expect(termsOf('a'.repeat(100))[0]!.word).toBe('a'.repeat(40))
  })

  it('leaves nothing of the operators and quotes a visitor types', () => {
    const words = termsOf(`a' | b & !c:* <-> "d" (e) ; drop table users; --`).map((term) => term.word)
    expect(words).toEqual(['a', 'b', 'c', 'd', 'e', 'drop', 'table', 'users'])
    for (const word of words) expect(word).toMatch(/^[a-z0-9]+$/)
  })
})

describe('toTsquery', () => {
  it('joins the terms with AND or OR, each term with its prefix, corrections and phrases', () => {
    const terms = termsOf('mdp oublié', { lastIsPrefix: true })
    const corrections = new Map([['oublie', ['oubli', 'publie']]])
    expect(toTsquery(terms, corrections, 'all')).toBe('(mdp | (mot & de & passe)) & (oublie:* | oubli | publie)')
    expect(toTsquery(terms, corrections, 'any')).toBe('(mdp | (mot & de & passe)) | (oublie:* | oubli | publie)')
  })

  it('is a single parenthesised word for a one-word query', () => {
    expect(toTsquery(termsOf('sauvegarde'), new Map(), 'all')).toBe('(sauvegarde)')
  })

  it('is empty when the query has no word', () => {
    expect(termsOf(' ?! ')).toEqual([])
    expect(toTsquery([], new Map(), 'all')).toBe('')
  })
})
