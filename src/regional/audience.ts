import { hasRole, isStaff } from '@/access/roles'
import type { User } from '@/payload-types'

/** Who sees what of the regional picture (/region): staff every commune, the COPIL aggregates only, others nothing. */
export type PictureAudience = 'staff' | 'copil'
export const pictureAudience = (user: User | null | undefined): PictureAudience | null =>
  isStaff(user) ? 'staff' : hasRole(user, 'copil') ? 'copil' : null
