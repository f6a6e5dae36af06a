import { getPayload } from 'payload'

import { feedOwner } from '@/events/feeds'
import { recipientLocale } from '@/i18n/recipient'
import { translatorFor } from '@/i18n/translator'
import { loadOrganisationName } from '@/settings/view'
import { feedLocale, watchFeed } from '@/watch/feeds'
import { isWatchKind, watchKindKeys } from '@/watch/kinds'
import config from '@payload-config'

/**
 * GET /flux/<secret>/veille.atom[?type=cybersecurite]: the watch as an Atom feed for Outlook, Thunderbird or any
 * feed reader. Readers send no session: the personal secret of the calendar links stands for it (renewing it, or
 * disabling the account, stops every link).
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const payload = await getPayload({ config })
  const token = (await params).token
  const owner = await feedOwner(payload, token)
  // The subscriber's language; an unknown link is answered in the instance's.
  const locale = owner ? await feedLocale(payload, owner) : await recipientLocale(payload, null)
  const t = translatorFor(locale, 'watch.feed')
  if (!owner) return new Response(t('invalidLink'), { status: 404 })
  const type = new URL(request.url).searchParams.get('type') ?? undefined
  if (type !== undefined && !isWatchKind(type)) return new Response(t('unknownType', { kinds: watchKindKeys.join(', ') }), { status: 400 })
  const xml = await watchFeed(payload, { token, kind: type, author: await loadOrganisationName(payload), locale })
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      // Personal address: never stored by shared caches.
      'Cache-Control': 'private, no-store',
    },
  })
}
