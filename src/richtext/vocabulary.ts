/** The callouts an editor can put in rich text; the title the intranet shows on each is `callouts.<kind>` in vocab.richtext. */
export const calloutKinds = ['todo', 'warning'] as const

export type CalloutKind = (typeof calloutKinds)[number]
