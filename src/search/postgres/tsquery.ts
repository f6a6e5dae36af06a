import { questionWords, synonyms, wordsOf } from '@/search/vocabulary'

/** One word of the query and what else may stand for it (its spelled-out synonym, typo corrections). */
export type Term = { word: string; prefix: boolean; phrases: string[][] }

const maxTerms = 8

/**
 * The query's words, folded, without the question words (unless nothing else is left); the last one is a
 * prefix when the user is still typing it.
 */
export function termsOf(q: string, { lastIsPrefix = false } = {}): Term[] {
  const all = wordsOf(q).map((word) => word.slice(0, 40))
  const subject = all.filter((word) => !questionWords.has(word))
  const words = (subject.length ? subject : all).slice(0, maxTerms)
  return words.map((word, index) => ({
    word,
    prefix: lastIsPrefix && index === words.length - 1,
    phrases: synonyms[word] ? [wordsOf(synonyms[word])] : [],
  }))
}

/**
 * A `to_tsquery` text: every term (AND) or any term (OR), each term matching its word or an alternative.
 * Words are [a-z0-9] only (see wordsOf), so nothing the user types can change the query's syntax.
 */
export function toTsquery(terms: Term[], corrections: Map<string, string[]>, mode: 'all' | 'any'): string {
  const alternatives = terms.map((term) => {
    const options = [
      term.prefix ? `${term.word}:*` : term.word,
      ...(corrections.get(term.word) ?? []),
      ...term.phrases.map((phrase) => `(${phrase.join(' & ')})`),
    ]
    return `(${options.join(' | ')})`
  })
  return alternatives.join(mode === 'all' ? ' & ' : ' | ')
}
