import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { passwordProblem } from '@/auth/passwordPolicy'
import { currentLocale } from '@/i18n/server'

/**
 * Runs before create, update and reset-password alike: reset-password bypasses field validation,
 * so the policy lives at the operation level where every path to a new password passes.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!['create', 'update', 'updateByID', 'resetPassword'].includes(operation)) return args
  const data = (args as { data?: unknown }).data as { password?: unknown; email?: string } | undefined
  if (!data || data.password === undefined || data.password === null || data.password === '') return args
  const problem = passwordProblem(data.password, {
    email: data.email ?? (req.user as { email?: string } | null)?.email,
    locale: await currentLocale(),
  })
  if (problem) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }] }, req.t)
  return args
}
