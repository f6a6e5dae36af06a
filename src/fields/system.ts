import type { FieldAccess } from 'payload'

import { nobody } from '@/access/rules'

type SystemField = {
  access?: { create: FieldAccess; update: FieldAccess }
  admin: { hidden: true } | { readOnly: true }
}

/**
 * The preset of a field only the server writes (hooks, services, transitions): names copied at the time, dates of
 * a step, slugs pinned from a relation. Spread it into the field: `{ name: 'doneAt', type: 'date', ...systemField() }`.
 * - `hidden`: the admin hides the field instead of showing it read-only (bookkeeping nobody needs to read there).
 * - `locked` (default): no client sets it on create or update, whatever the collection's access says. Pass `false`
 *   only where the collection refuses every update and a hook replaces on create whatever a client sent.
 */
export const systemField = ({ hidden = false, locked = true }: { hidden?: boolean; locked?: boolean } = {}): SystemField => ({
  ...(locked ? { access: { create: nobody, update: nobody } } : {}),
  admin: hidden ? { hidden: true } : { readOnly: true },
})
