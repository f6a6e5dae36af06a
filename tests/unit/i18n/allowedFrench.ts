/**
 * Files whose French strings are data, not interface text: each with the reason. Keep this list short; a file that
 * shows or sends text to people belongs in the catalogues.
 */
export const allowedFrench: Record<string, string> = {
  'src/search/vocabulary.ts':
    'search data, not text shown: French synonyms, question words and stop words matched against French content and queries (issue 26)',
  'src/search/highlights.ts': 'a regular expression of what opens a sentence (capitals with accents), not text',
  // The organisation's own name, the database column's default (data, not interface text).
  'globals/SiteSettings/index.ts': 'the default organisation name (a proper name, the column default)',
  // Corrections of Payload's own French catalogue (merged over it by Payload); Payload's German needs none.
  'src/admin/translations.ts': 'corrections of Payload’s French translation, merged by Payload over its catalogue',
}
