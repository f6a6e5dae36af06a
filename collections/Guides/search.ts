import type { Locale } from '@/i18n/locales'
import type { Guide } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'
import { searchDocument } from '@/search/document'

/** Published guides are for every member; drafts are never indexed. In `locale`: none without a title in it. */
export const guideSearchDocument = (guide: Guide, locale: Locale = 'fr') =>
  guide._status !== 'published' || !guide.title
    ? null
    : searchDocument({
        collection: 'guides',
        docId: String(guide.id),
        type: 'guide',
        locale,
        title: guide.title,
        text: [guide.summary, plainText(guide.body), ...(guide.checklist ?? []).map((item) => item.label ?? '')].join('\n'),
        url: `/guides/${guide.slug}`,
        visibility: 'members',
      })
