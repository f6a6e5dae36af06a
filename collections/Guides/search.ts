import type { Guide } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'
import { searchDocument } from '@/search/document'

/** Published guides are for every member; drafts are never indexed. */
export const guideSearchDocument = (guide: Guide) =>
  guide._status !== 'published'
    ? null
    : searchDocument({
        collection: 'guides',
        docId: String(guide.id),
        type: 'guide',
        title: guide.title,
        text: [guide.summary, plainText(guide.body), ...(guide.checklist ?? []).map((item) => item.label)].join('\n'),
        url: `/guides/${guide.slug}`,
        visibility: 'members',
      })
