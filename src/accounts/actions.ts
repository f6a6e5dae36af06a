'use server'

import config from '@payload-config'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { asUser } from '../auth/asUser'
import { requireSession } from '../auth/currentUser'
import { logAccountEvent } from './log'
import { clientAddress } from '../net/clientAddress'
import { type FormResult, refused } from '../forms/result'
import { confirmAccountRequest, decideAccountRequest, submitAccountRequest } from './requests'
import { sendResetLink } from './resetLink'
import { stampProblem } from './tokens'

const text = (form: FormData, name: string) => String(form.get(name) ?? '').slice(0, 5000)

/** Public form: honeypot and time stamp first (bots), then the request itself. */
export async function requestAccountAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const payload = await getPayload({ config })
  if (text(form, 'website')) return refused('La demande n’a pas pu être envoyée.')
  const stale = stampProblem(text(form, 'stamp'), payload.secret)
  if (stale) return refused(stale)
  const ip = clientAddress(await headers())
  const input = {
    name: text(form, 'name'),
    email: text(form, 'email'),
    commune: text(form, 'commune'),
    function: text(form, 'function'),
    requestedRole: text(form, 'requestedRole') || 'member',
    comment: text(form, 'comment'),
  }
  return submitAccountRequest(payload, input, { ip, stamp: text(form, 'stamp') })
}

export async function confirmRequestAction(_state: FormResult, form: FormData): Promise<FormResult> {
  return confirmAccountRequest(await getPayload({ config }), text(form, 'token'))
}

export async function decideRequestAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const decision = text(form, 'decision') === 'approve' ? 'approve' : 'reject'
  const result = await decideAccountRequest(payload, user, {
    requestId: Number(text(form, 'request')),
    decision,
    comment: text(form, 'comment'),
    grantRequestedRole: form.get('grantRequestedRole') === 'on',
  })
  // The decided request leaves the pending list: show the outcome on the list itself.
  if (result.ok) redirect(`/ma-commune/demandes?traitee=${Number(text(form, 'request'))}`)
  return result
}

/** Disable/enable an account, or name/remove a delegate validator: field rules decide; the outcome is checked. */
export async function updateAccountAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const id = Number(text(form, 'user'))
  const change = text(form, 'change')
  const data =
    change === 'disable' ? { disabled: true } : change === 'enable' ? { disabled: false } : change === 'delegate' ? { communeValidator: true } : change === 'undelegate' ? { communeValidator: false } : null
  if (!data || !Number.isInteger(id)) return refused('Action inconnue.')
  const updated = await payload.update({ collection: 'users', id, data, ...asUser(user), depth: 0 }).catch(() => null)
  const [field, value] = Object.entries(data)[0]!
  if (!updated || (updated as unknown as Record<string, unknown>)[field] !== value)
    return refused('Vous ne pouvez pas modifier ce compte.')
  const type = change === 'disable' ? 'disabled' : change === 'enable' ? 'enabled' : change === 'delegate' ? 'delegate-named' : 'delegate-removed'
  const commune = typeof updated.commune === 'object' ? updated.commune?.id : updated.commune
  await logAccountEvent(payload, { type, email: updated.email, commune, user: updated.id, actor: user.id })
  revalidatePath('/ma-commune/comptes')
  return { ok: true, message: `${updated.name} : ${change === 'disable' ? 'compte désactivé' : change === 'enable' ? 'compte réactivé' : change === 'delegate' ? 'peut désormais valider les demandes' : 'ne valide plus les demandes'}.` }
}

/** "Envoyer un lien": Payload's forgot-password e-mail to the person, instead of choosing their password. */
export async function sendResetLinkAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const outcome = await sendResetLink(payload, user, Number(text(form, 'user')))
  return outcome.ok ? { ok: true, message: outcome.message } : refused(outcome.message)
}
