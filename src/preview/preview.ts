import { forbidden } from 'next/navigation'

import { type AccessUser, isStaff } from '@/access/roles'
import { firstParam, type PageParams } from '@/forms/searchParams'

import { PREVIEW_PARAM } from './urls'

/** Whether the address asks for the preview; asking without being an editor ends in the French 403. */
export function isPreview(params: PageParams, user: AccessUser): boolean {
  if (firstParam(params[PREVIEW_PARAM]) === undefined) return false
  if (!isStaff(user)) forbidden()
  return true
}
