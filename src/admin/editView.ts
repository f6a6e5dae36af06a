import type { CollectionConfig, GlobalConfig } from 'payload'

import { type AccessUser, isAdmin } from '@/access/roles'

/** The « API » tab of an edit view (the document as JSON) means nothing to an editor: administrators only. */
const apiTabForAdmins = { condition: ({ req }: { req: { user?: unknown } }) => isAdmin(req.user as AccessUser) }

/** Asks again for the fields of an array row that stays loading (src/payloadGuard/loadingRows.ts). */
const loadingRowsGuard = '/src/payloadGuard/LoadingRowsGuard#LoadingRowsGuard'

type Slots = { beforeDocumentControls?: unknown[] }

/**
 * The edit view as editors get it, for every collection and the settings: the API tab for administrators only,
 * where there are drafts « Publier » on a document never published (Payload always says « Publier les modifications »),
 * and no array row left loading.
 */
export function withEditorView<T extends CollectionConfig | GlobalConfig>(config: T, kind: 'collection' | 'global'): T {
  // Collections place their buttons under `edit`, globals under `elements`; only collections have drafts here.
  const components = config.admin?.components as { edit?: Slots; elements?: Slots; views?: { edit?: { api?: object } } } | undefined
  const drafts = typeof config.versions === 'object' && Boolean(config.versions.drafts)
  const slot = kind === 'global' ? 'elements' : 'edit'
  const guarded = {
    ...components?.[slot],
    beforeDocumentControls: [...(components?.[slot]?.beforeDocumentControls ?? []), loadingRowsGuard],
  }
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...components,
        [slot]: drafts ? { ...guarded, PublishButton: '/src/admin/PublishButton#PublishButton' } : guarded,
        views: {
          ...components?.views,
          edit: { ...components?.views?.edit, api: { ...components?.views?.edit?.api, tab: apiTabForAdmins } },
        },
      },
    },
  } as T
}
