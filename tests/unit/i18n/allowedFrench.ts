/**
 * Files whose French strings are data, not interface text: each with the reason. Keep this list short; a file that
 * shows or sends text to people belongs in the catalogues.
 */
export const allowedFrench: Record<string, string> = {}
