'use server'

import config from '@payload-config'
import { logout } from '@payloadcms/next/auth'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { generatePayloadCookie, getPayload } from 'payload'

import { DISABLED_MESSAGE } from '../../collections/Users/hooks/refuseDisabled'
import { CODE_FORMAT } from '../../collections/Users/hooks/requireSecondFactor'
import { normaliseCode } from './totp/totp'
import { type FormResult, refused } from '../forms/result'
import { safeRedirect } from './safeRedirect'
import { headerSafePath } from '../validation/pageRequests'


const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export async function loginAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const email = text(form, 'email').toLowerCase()
  const password = String(form.get('password') ?? '')
  if (!EMAIL.test(email) || !password) return refused('Indiquez votre adresse e-mail et votre mot de passe.')
  // The code field is optional (only accounts with the second factor need it); if filled, it must look like a code.
  const typed = text(form, 'code')
  const code = typed ? normaliseCode(typed) : null
  if (typed && !code) return refused(CODE_FORMAT)
  const payload = await getPayload({ config })
  try {
    // The request's headers carry the client's address: the same limits as every other login path apply
    // (collections/Users/hooks/throttleLogin.ts), and the same answers, whether or not the address has an account;
    // the new session is labelled with the browser (src/auth/sessions/recordSession.ts).
    const result = await payload.login({ collection: 'users', data: { email, password, ...(code ? { totp: code } : {}) }, req: { headers: await headers() } })
    await setSessionCookie(payload, result.token)
  } catch (error) {
    if (statusOf(error) === 403) return refused(DISABLED_MESSAGE)
    if (statusOf(error) === 429 || statusOf(error) === 400) return refused(messageOf(error))
    if (statusOf(error) !== 401) throw error
    // A wrong code and a wrong password get the same answer (the code is checked first): without the code,
    // nobody learns whether the password was right. The wording depends only on what was typed.
    return refused(
      code
        ? 'Adresse e-mail, mot de passe ou code de vérification incorrect.'
        : 'Adresse e-mail ou mot de passe incorrect. Si vous avez activé la double authentification, saisissez aussi le code à 6 chiffres.',
    )
  }
  redirect(headerSafePath(safeRedirect(form.get('next'))))
}

/** The session cookie, as Payload's own login helper sets it (that helper cannot pass the code along). */
async function setSessionCookie(payload: Awaited<ReturnType<typeof getPayload>>, token: string | undefined) {
  if (!token) return
  const auth = payload.collections.users.config.auth
  // Payload's own cookie (name, lifetime, SameSite and Secure from the collection's auth settings), set through Next.
  const cookie = generatePayloadCookie({ collectionAuthConfig: auth, cookiePrefix: payload.config.cookiePrefix, returnCookieAsObject: true, token })
  ;(await cookies()).set(cookie.name, token, {
    domain: cookie.domain,
    expires: cookie.expires ? new Date(cookie.expires) : undefined,
    httpOnly: cookie.httpOnly,
    path: cookie.path,
    sameSite: cookie.sameSite?.toLowerCase() as 'lax' | 'strict' | 'none' | undefined,
    secure: cookie.secure,
  })
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status
const messageOf = (error: unknown) => String((error as { message?: unknown } | null)?.message ?? '')

export async function logoutAction(): Promise<void> {
  await logout({ config })
  redirect('/connexion?deconnecte=1')
}

/**
 * Always the same answer, so that nobody can learn which addresses have an account; only the limits on reset
 * e-mails (per address and per connection, counted whether or not the address has an account) answer otherwise.
 */
export async function forgotPasswordAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const email = text(form, 'email').toLowerCase()
  if (!EMAIL.test(email)) return refused('Indiquez une adresse e-mail valable.')
  const payload = await getPayload({ config })
  const refusal = await payload
    .forgotPassword({ collection: 'users', data: { email }, req: { headers: await headers() } })
    .then(
      () => null,
      (error) => {
        if (statusOf(error) === 429) return messageOf(error)
        payload.logger.warn({ err: error, msg: 'forgot-password e-mail not sent' })
        return null
      },
    )
  if (refusal) return refused(refusal)
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
