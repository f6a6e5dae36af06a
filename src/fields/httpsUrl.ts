import type { PayloadRequest } from 'payload'

import { adminMessage } from '@/admin/language'

/** Links people click (online meetings, documents): https only, so no `javascript:` or `file:` link gets in. */
export const httpsUrl = (value: string | null | undefined, { req }: { req?: PayloadRequest } = {}) =>
  !value || /^https:\/\/[^\s<>"]+$/.test(value) ? true : adminMessage(req, 'httpsOnly')
