/** Links people click (online meetings, documents): https only, so no `javascript:` or `file:` link gets in. */
export const httpsUrl = (value: string | null | undefined) =>
  !value || /^https:\/\/[^\s<>"]+$/.test(value) ? true : 'Le lien doit commencer par https:// (sans espace).'
