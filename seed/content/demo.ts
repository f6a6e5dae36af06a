/**
 * How demo content says it is made up, everywhere it is shown or found (lists, search results, e-mails): its title
 * opens with « Exemple — », and its text with « Exemple de démonstration ». The demo initiatives set the pattern;
 * `tests/unit/seed/demo-labels.unit.spec.ts` checks every demo row against it.
 */
export const EXAMPLE_TITLE = 'Exemple — '
export const EXAMPLE_TEXT = 'Exemple de démonstration'

/** « Exemple — <title> ». */
export const example = (title: string) => `${EXAMPLE_TITLE}${title}`
/** « Exemple de démonstration : <text> ». */
export const exampleText = (text: string) => `${EXAMPLE_TEXT} : ${text}`
