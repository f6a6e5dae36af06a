import type { Initiative } from '@/payload-types'
import { searchDocument } from '@/search/document'

/** Published initiatives are for every member; drafts are never indexed. */
export const initiativeSearchDocument = (initiative: Initiative) =>
  initiative._status !== 'published'
    ? null
    : searchDocument({
        collection: 'initiatives',
        docId: String(initiative.id),
        type: 'initiative',
        title: initiative.title,
        text: [initiative.summary, initiative.description ?? ''].join('\n'),
        url: `/initiatives/${initiative.slug}`,
        visibility: 'members',
      })
