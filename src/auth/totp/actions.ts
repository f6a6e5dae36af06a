'use server'

import { headers } from 'next/headers'
import { z } from 'zod'

import { currentPasswordProblem } from '@/auth/currentPassword'
import { value } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import { clientAddress } from '@/net/clientAddress'
import { badInput } from '@/result'

import { activateSecondFactor, deactivateSecondFactor } from './enrolment'

// Switching the second factor on or off takes the current password first (a session left open is not enough);
// a wrong one counts like a failed login, and the code is not spent.
const input = z.object({ currentPassword: value(), code: value() })

export const activateSecondFactorAction = serverAction({
  input,
  work: async ({ currentPassword, code }, { payload, user }) => {
    const problem = await currentPasswordProblem(payload, user.id, currentPassword, clientAddress(await headers()))
    return problem ? badInput(problem) : activateSecondFactor(payload, user, code)
  },
  revalidate: () => ['/compte/securite'],
})

export const deactivateSecondFactorAction = serverAction({
  input,
  work: async ({ currentPassword, code }, { payload, user }) => {
    const source = clientAddress(await headers())
    const problem = await currentPasswordProblem(payload, user.id, currentPassword, source)
    return problem ? badInput(problem) : deactivateSecondFactor(payload, user, code, source)
  },
  revalidate: () => ['/compte/securite'],
})
