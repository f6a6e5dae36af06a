/** A calendar file over HTTP: inline for subscribed feeds, as a download for one event. */
export function calendarResponse(ics: string, { download }: { download?: string } = {}) {
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      ...(download ? { 'Content-Disposition': `attachment; filename="${download}"` } : {}),
      // Personal content: never stored by shared caches.
      'Cache-Control': 'private, no-store',
    },
  })
}
