/** Only same-site paths may be redirect targets after login ("/x", never "//host" or "https://…"). */
export const safeRedirect = (target: unknown): string =>
  typeof target === 'string' && /^\/(?![/\\])/.test(target) ? target : '/'
