/**
 * The path and query a page was asked for, as the HTTP server received it (scripts/server.ts sets this header on
 * every request, replacing any a client sent). Next gives server components no pathname; the login redirect of
 * private pages needs it to come back to the page asked for (src/auth/loginPath.ts).
 */
export const REQUESTED_PATH_HEADER = 'x-relais-requested-path'
