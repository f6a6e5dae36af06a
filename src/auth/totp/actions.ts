'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'

import { currentPasswordProblem } from '../currentPassword'
import { requireSession } from '../currentUser'
import { type FormResult, refused, resultOf } from '../../forms/result'
import { clientAddress } from '../../net/clientAddress'
import { activateSecondFactor, deactivateSecondFactor } from './enrolment'

// Switching the second factor on or off takes the current password first (a session left open is not enough);
// a wrong one counts like a failed login, and the code is not spent.

export async function activateSecondFactorAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const problem = await currentPasswordProblem(payload, user.id, form.get('currentPassword'), clientAddress(await headers()))
  if (problem) return refused(problem)
  const result = await activateSecondFactor(payload, user, form.get('code'))
  if (result.ok) revalidatePath('/compte/securite')
  return resultOf(result)
}

export async function deactivateSecondFactorAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const source = clientAddress(await headers())
  const problem = await currentPasswordProblem(payload, user.id, form.get('currentPassword'), source)
  if (problem) return refused(problem)
  const result = await deactivateSecondFactor(payload, user, form.get('code'), source)
  if (result.ok) revalidatePath('/compte/securite')
  return resultOf(result)
}
