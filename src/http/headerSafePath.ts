/**
 * A redirect target as an HTTP `Location` header can carry it: every character outside visible ASCII percent-encoded
 * (a newline in the login form's `next` made the answer fail with a 500). Encoding never adds a `/` or a `\`, so a
 * same-site path stays one.
 */
export const headerSafePath = (path: string): string =>
  path.replace(/[^\x21-\x7e]/gu, (character) =>
    [...Buffer.from(character, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  )
