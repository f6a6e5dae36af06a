/**
 * Files whose French strings are data, not interface text: each with the reason. Keep this list short; a file that
 * shows or sends text to people belongs in the catalogues.
 */
export const allowedFrench: Record<string, string> = {
  'src/search/vocabulary.ts':
    'search data, not text shown: French synonyms, question words and stop words matched against French content and queries (issue 26)',
  'src/search/highlights.ts': 'a regular expression of what opens a sentence (capitals with accents), not text',
}
