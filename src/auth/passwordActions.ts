'use server'

import { headers } from 'next/headers'

import { type FormResult, refusalOf, refused } from '../forms/result'
import { requireSession } from './currentUser'

/**
 * "Mon compte" › Changer mon mot de passe. The write goes through the Local API as the person, with the current
 * password, so the Users hooks check it exactly as over REST; Payload then ends their other sessions (it keeps the
 * one making the change).
 */
export async function changeOwnPasswordAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const currentPassword = String(form.get('currentPassword') ?? '')
  const password = String(form.get('password') ?? '')
  if (!currentPassword) return refused('Indiquez votre mot de passe actuel.')
  if (!password) return refused('Indiquez le nouveau mot de passe.')
  if (password !== String(form.get('confirm') ?? '')) return refused('Les deux nouveaux mots de passe ne sont pas identiques.')
  try {
    await payload.update({ collection: 'users', id: user.id, data: { password, currentPassword }, user, overrideAccess: false, depth: 0, req: { headers: await headers() } })
  } catch (error) {
    return refusalOf(error)
  }
  return { ok: true, message: 'Votre mot de passe a été changé. Vos sessions ouvertes sur d’autres appareils ont été fermées.' }
}
