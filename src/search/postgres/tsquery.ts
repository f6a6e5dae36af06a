import { defaultLocale, type Locale } from '@/i18n/locales'
import {
  frenchStopWords,
  germanQuestionWords,
  germanStopWords,
  germanSynonymGroups,
  questionWords,
  synonymGroups,
  wordsOf,
} from '@/search/vocabulary'

/**
 * One thing the query asks for: the word typed (or an expression of the vocabulary, "mot de passe"), and what
 * else may stand for it (the other expressions of its line in `synonymGroups`). Typo corrections come later,
 * from the index's own words.
 */
export type Term = { words: string[]; prefix: boolean; phrases: string[][] }

const maxTerms = 8

/** Plural and singular compare equal when a typed expression is looked up ("mots de passe"). */
const singular = (word: string) => (word.length > 3 ? word.replace(/[sx]$/, '') : word)
const keyOf = (words: string[]) => words.map(singular).join(' ')

type Alternatives = Map<string, { length: number; others: string[][] }>

/** Every expression of the vocabulary (folded, singular) → the other expressions of its line(s). */
function alternativesOf(groups: readonly (readonly string[])[]): Alternatives {
  const alternatives: Alternatives = new Map()
  for (const group of groups) {
    const variants = group.map((expression) => wordsOf(expression))
    for (const words of variants) {
      const key = keyOf(words)
      const entry = alternatives.get(key) ?? { length: words.length, others: [] }
      for (const other of variants) {
        if (keyOf(other) !== key && !entry.others.some((known) => keyOf(known) === keyOf(other))) entry.others.push(other)
      }
      alternatives.set(key, entry)
    }
  }
  return alternatives
}

/**
 * What a reader's query is read with: French readers the French vocabulary; German readers, who also search the
 * French entries of what is not translated, the German one on top of it.
 */
type Language = { alternatives: Alternatives; longest: number; stopWords: Set<string>; questionWords: Set<string> }
const languageOf = (groups: readonly (readonly string[])[], stop: string[], questions: Set<string>): Language => {
  const alternatives = alternativesOf(groups)
  return {
    alternatives,
    longest: Math.max(...[...alternatives.values()].map((entry) => entry.length)),
    stopWords: new Set(stop.flatMap((word) => wordsOf(word))),
    questionWords: questions,
  }
}
const languages: Record<Locale, Language> = {
  fr: languageOf(synonymGroups, frenchStopWords, questionWords),
  de: languageOf(
    [...synonymGroups, ...germanSynonymGroups],
    [...frenchStopWords, ...germanStopWords],
    new Set([...questionWords, ...germanQuestionWords]),
  ),
}

/** The longest expression of the vocabulary that starts at `words[start]`, if any. */
function expressionAt({ alternatives, longest }: Language, words: string[], start: number, end: number) {
  for (let length = Math.min(longest, end - start); length >= 1; length--) {
    const found = alternatives.get(keyOf(words.slice(start, start + length)))
    if (found && found.length === length) return { length, others: found.others }
  }
  return null
}

/**
 * The query's terms: its words folded, without the question words ("comment", "que faire") nor the stop words
 * (unless nothing else is left), expressions of the vocabulary kept whole with their synonyms. The last word is
 * a prefix when the user is still typing it.
 */
export function termsOf(
  q: string,
  { lastIsPrefix = false, locale = defaultLocale }: { lastIsPrefix?: boolean; locale?: Locale } = {},
): Term[] {
  const language = languages[locale]
  const all = wordsOf(q).map((word) => word.slice(0, 40))
  const subject = all.filter((word) => !language.questionWords.has(word))
  const words = subject.length ? subject : all
  const typedUpTo = lastIsPrefix ? words.length - 1 : words.length
  const terms: Term[] = []
  for (let index = 0; index < words.length;) {
    const expression = index < typedUpTo ? expressionAt(language, words, index, typedUpTo) : null
    if (expression) {
      terms.push({ words: words.slice(index, index + expression.length), prefix: false, phrases: expression.others })
      index += expression.length
    } else {
      terms.push({ words: [words[index]!], prefix: index >= typedUpTo, phrases: [] })
      index += 1
    }
  }
  const meaningful = terms.filter(
    (term) => term.words.length > 1 || term.prefix || term.phrases.length || !language.stopWords.has(term.words[0]!),
  )
  return (meaningful.length ? meaningful : terms).slice(0, maxTerms)
}

/** The words a misspelling may hide in: single words typed, not an expression of the vocabulary. */
export const correctable = (terms: Term[]) =>
  terms.filter((term) => term.words.length === 1 && !term.phrases.length && term.words[0]!.length >= 4)

/** How many terms a document must match: `all`; `most`, the fallback: all but one (any, for two terms); `any`. */
export type Mode = 'all' | 'most' | 'any'

/**
 * A `to_tsquery` text. Each term matches its words or any alternative (synonym, correction); words are
 * [a-z0-9] only (see wordsOf), so nothing the user types can change the query's syntax.
 */
export function toTsquery(terms: Term[], corrections: Map<string, string[]>, mode: Mode = 'all'): string {
  const label = (word: string, prefix = false) => `${word}${prefix ? ':*' : ''}`
  const phrase = (words: string[]) => (words.length === 1 ? label(words[0]!) : `(${words.map((word) => label(word)).join(' & ')})`)
  const options = terms.map((term) => {
    const typed = term.words.length === 1 ? label(term.words[0]!, term.prefix) : phrase(term.words)
    const corrected = term.words.length === 1 ? (corrections.get(term.words[0]!) ?? []).map((word) => label(word)) : []
    return `(${[typed, ...corrected, ...term.phrases.map(phrase)].join(' | ')})`
  })
  if (mode === 'all' || options.length < 2) return options.join(' & ')
  if (mode === 'any' || options.length === 2) return options.join(' | ')
  // All but one: one clause per term left out.
  return options.map((_, left) => `(${options.filter((__, i) => i !== left).join(' & ')})`).join(' | ')
}
