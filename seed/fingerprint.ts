import crypto from 'node:crypto'

/**
 * The first 32 hex digits of a text's SHA-256: how the seed recognises, word for word, a text an earlier seed wrote
 * (and nobody edited since) without keeping that outdated text in the code.
 */
export const fingerprint = (text: string) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 32)
