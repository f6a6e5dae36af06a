/** The callouts an editor can put in rich text, and the title the intranet shows on each. */
export const calloutKinds = {
  todo: 'À faire',
  warning: 'Attention',
} as const

export type CalloutKind = keyof typeof calloutKinds
