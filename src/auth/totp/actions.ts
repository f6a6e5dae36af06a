'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'

import { requireSession } from '../currentUser'
import { type FormResult, resultOf } from '../../forms/result'
import { clientAddress } from '../../net/clientAddress'
import { activateSecondFactor, deactivateSecondFactor } from './enrolment'

export async function activateSecondFactorAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const result = await activateSecondFactor(payload, user, form.get('code'))
  if (result.ok) revalidatePath('/compte/securite')
  return resultOf(result)
}

export async function deactivateSecondFactorAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const result = await deactivateSecondFactor(payload, user, form.get('code'), clientAddress(await headers()))
  if (result.ok) revalidatePath('/compte/securite')
  return resultOf(result)
}
