import type { CollectionBeforeChangeHook } from 'payload'

import { noticeDeadline } from '@/contracts/noticeDeadline'
import { noonOf } from '@/fields/day'

/** The last day to give notice follows from the term and the notice period; nobody types it. */
export const setNoticeDeadline: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const termEndsOn = data.termEndsOn === undefined ? originalDoc?.termEndsOn : data.termEndsOn
  const months = data.noticeMonths === undefined ? originalDoc?.noticeMonths : data.noticeMonths
  data.noticeDeadline = termEndsOn ? noonOf(noticeDeadline(String(termEndsOn), Number(months ?? 0))) : null
  return data
}
