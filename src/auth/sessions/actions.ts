'use server'

import { revalidatePath } from 'next/cache'

import { requireSession } from '../currentUser'
import { type FormResult, resultOf } from '../../forms/result'
import { endEveryonesSessions, endOtherSessions, endOwnSession, OTHER_SESSIONS, type SessionUser } from './service'

/** « Fermer » (one session) and « Fermer toutes les autres sessions », on /compte/securite. */
export async function endSessionsAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const which = form.get('session')
  const outcome =
    which === OTHER_SESSIONS ? await endOtherSessions(payload, user as SessionUser) : await endOwnSession(payload, user as SessionUser, which)
  if (outcome.ok) revalidatePath('/compte/securite')
  return resultOf(outcome)
}

/** Incident: an administrator ends everyone's sessions, once the box is ticked. */
export async function endEveryonesSessionsAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const outcome = await endEveryonesSessions(payload, user as SessionUser, form.get('confirm') === 'on')
  if (outcome.ok) revalidatePath('/compte/securite')
  return resultOf(outcome)
}
