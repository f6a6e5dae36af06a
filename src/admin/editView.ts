import type { CollectionConfig, GlobalConfig } from 'payload'

import { type AccessUser, isAdmin } from '@/access/roles'

/** The « API » tab of an edit view (the document as JSON) means nothing to an editor: administrators only. */
const apiTabForAdmins = { condition: ({ req }: { req: { user?: unknown } }) => isAdmin(req.user as AccessUser) }

/**
 * The edit view as editors get it, for every collection and the settings: the API tab for administrators only and,
 * where there are drafts, « Publier » on a document never published (Payload always says « Publier les modifications »).
 */
export function withEditorView<T extends CollectionConfig | GlobalConfig>(config: T): T {
  // Collections place their buttons under `edit`, globals under `elements`; only collections have drafts here.
  const components = config.admin?.components as { edit?: object; views?: { edit?: { api?: object } } } | undefined
  const drafts = typeof config.versions === 'object' && Boolean(config.versions.drafts)
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...components,
        ...(drafts ? { edit: { ...components?.edit, PublishButton: '/src/admin/PublishButton#PublishButton' } } : {}),
        views: {
          ...components?.views,
          edit: { ...components?.views?.edit, api: { ...components?.views?.edit?.api, tab: apiTabForAdmins } },
        },
      },
    },
  } as T
}
