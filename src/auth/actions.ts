'use server'

import config from '@payload-config'
import { login, logout } from '@payloadcms/next/auth'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { DISABLED_MESSAGE } from '../../collections/Users/hooks/refuseDisabled'
import { type FormResult, refused } from '../forms/result'
import { safeRedirect } from './safeRedirect'


const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export async function loginAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const email = text(form, 'email').toLowerCase()
  const password = String(form.get('password') ?? '')
  if (!EMAIL.test(email) || !password) return refused('Indiquez votre adresse e-mail et votre mot de passe.')
  const LOCKED = 'Ce compte est verrouillé après 5 tentatives erronées. Réessayez dans 15 minutes ou choisissez « Mot de passe oublié ».'
  // Payload answers 401 both for a wrong password and for a locked account (and its error classes are bundled
  // more than once by Next, so `instanceof` is unreliable): the lock state before and after tells them apart.
  if (await isLocked(email)) return refused(LOCKED)
  try {
    await login({ collection: 'users', config, email, password })
  } catch (error) {
    if (statusOf(error) === 403) return refused(DISABLED_MESSAGE)
    if (statusOf(error) !== 401) throw error
    const wrong = 'Adresse e-mail ou mot de passe incorrect.'
    return refused((await isLocked(email)) ? `${wrong} ${LOCKED}` : wrong)
  }
  redirect(safeRedirect(form.get('next')))
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

async function isLocked(email: string): Promise<boolean> {
  const payload = await getPayload({ config })
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { and: [{ email: { equals: email } }, { lockUntil: { greater_than: new Date().toISOString() } }] },
  })
  return totalDocs > 0
}

export async function logoutAction(): Promise<void> {
  await logout({ config })
  redirect('/connexion?deconnecte=1')
}

/** Always the same answer, so that nobody can learn which addresses have an account. */
export async function forgotPasswordAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const email = text(form, 'email').toLowerCase()
  if (!EMAIL.test(email)) return refused('Indiquez une adresse e-mail valable.')
  const payload = await getPayload({ config })
  await payload.forgotPassword({ collection: 'users', data: { email } }).catch((error) => {
    payload.logger.warn({ err: error, msg: 'forgot-password e-mail not sent' })
  })
  return { ok: true, message: "Si un compte existe pour cette adresse, un e-mail avec un lien valable une heure vient d'être envoyé." }
}

export async function resetPasswordAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const token = text(form, 'token')
  const password = String(form.get('password') ?? '')
  if (password !== String(form.get('confirm') ?? '')) return refused('Les deux mots de passe ne sont pas identiques.')
  const payload = await getPayload({ config })
  try {
    await payload.resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
  } catch (error) {
    const refusal = (error as { data?: { errors?: { message: string }[] } }).data?.errors?.[0]?.message
    if (statusOf(error) === 400 && refusal) return refused(refusal)
    return refused("Ce lien n'est plus valable. Demandez un nouveau lien depuis « Mot de passe oublié ».")
  }
  redirect('/connexion?reinitialise=1')
}
