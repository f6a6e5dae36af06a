import { hasRole } from '@/access/roles'
import type { User } from '@/payload-types'

/** The second factor is offered to the accounts that can change everything: administrators and coordinators. */
export const offersSecondFactor = (user: User | null) => hasRole(user, 'admin', 'coordinator')
