'use server'

import { logout } from '@payloadcms/next/auth'
import { cookies, headers } from 'next/headers'
import { generatePayloadCookie, getPayload } from 'payload'
import { z } from 'zod'

import { setLocaleCookie } from '@/accounts/localeCookie'
import { publicUrl } from '@/config/runtime'
import { email, text, value, verbatim } from '@/forms/read'
import { publicAction, withoutState } from '@/forms/serverAction'
import { headerSafePath } from '@/http/headerSafePath'
import { isLocale } from '@/i18n/locales'
import { badInput, done } from '@/result'
import { DEFER_SECOND_FACTOR, SECOND_FACTOR_NEEDED, type SecondFactorNeeded } from '@collections/Users/hooks/requireSecondFactor'
import config from '@payload-config'

import { issueProof, PROOF_COOKIE, PROOF_MS, readProof } from './loginProof'
import { completeSecondStep, spendProof } from './loginStep'
import { safeRedirect } from './safeRedirect'
import { normaliseCode } from './totp/totp'

/** The optional code field (only accounts with the second factor need it): if filled, it must look like a code. */
const code = () =>
  text().transform((typed, ctx) => {
    if (!typed) return null
    const normalised = normaliseCode(typed)
    if (normalised) return normalised
    ctx.addIssue({ code: 'custom', message: 'auth.codeFormat' })
    return z.NEVER
  })

// Messages are catalogue keys (messages/<lang>/auth.json), read in the visitor's language by the form's edge.
const credentialsMissing = 'auth.credentialsMissing'

export const loginAction = publicAction({
  input: z.object({
    email: email(credentialsMissing),
    password: verbatim().refine(Boolean, credentialsMissing),
    code: code(),
    next: value(),
  }),
  work: async ({ email, password, code, next }, { payload }) => {
    try {
      // The request's headers carry the client's address: the same limits as every other login path apply
      // (collections/Users/hooks/throttleLogin.ts), and the same answers, whether or not the address has an account;
      // the new session is labelled with the browser (src/auth/sessions/recordSession.ts).
      const result = await payload.login({
        collection: 'users',
        data: { email, password, ...(code ? { totp: code } : {}) },
        req: { headers: await headers() },
        // Without a code, a right password of an account with the second factor leads to the code step.
        context: { [DEFER_SECOND_FACTOR]: !code },
      })
      await setSessionCookie(payload, result.token)
      await keepLanguage(result.user)
    } catch (error) {
      // By name: the class may be loaded twice (the action's bundle and Payload's config).
      if ((error as Error | null)?.name === SECOND_FACTOR_NEEDED) {
        await setProofCookie(issueProof(payload.secret, (error as SecondFactorNeeded).userId, email))
        return done('auth.enterCode', { to: codeStepPath(next) })
      }
      if (statusOf(error) === 403) return badInput('auth.disabled')
      if (statusOf(error) === 429 || statusOf(error) === 400) return badInput(messageOf(error))
      if (statusOf(error) !== 401) throw error
      // A wrong code and a wrong password get the same answer (the code is checked first): without the code,
      // nobody learns whether the password was right. Without a code, a right password goes to the code step above.
      return badInput(code ? 'auth.wrongPasswordOrCode' : 'auth.wrongPassword')
    }
    return done('auth.loggedIn', { to: safeRedirect(next) })
  },
  redirectTo: (_input, { to }) => headerSafePath(to),
})

const restartPath = (next: unknown, why: 'delai' | 'change') => {
  const target = safeRedirect(next)
  return `/connexion?${why}=1${target === '/' ? '' : `&next=${encodeURIComponent(target)}`}`
}

/**
 * The second step of /connexion: the 6-digit code, on the proof of the first step kept in a cookie (never the
 * password). The proof is spent by this attempt; a wrong code renews it (same expiry) and counts as a failed login.
 * A missing, forged, reused or late proof sends back to the first step.
 */
export const loginCodeAction = publicAction({
  input: z.object({ code: text(20), next: value() }),
  work: async ({ code: typed, next }, { payload }) => {
    const proof = readProof(payload.secret, (await cookies()).get(PROOF_COOKIE)?.value)
    if (!proof || !(await spendProof(payload, proof))) {
      await setProofCookie(null)
      return done('', { to: restartPath(next, 'delai') })
    }
    const renew = () => setProofCookie(issueProof(payload.secret, proof.userId, proof.email, proof.expires))
    const code = normaliseCode(typed)
    if (!code) {
      await renew()
      return badInput(typed ? 'auth.codeFormat' : 'auth.codeMissing')
    }
    const outcome = await completeSecondStep(payload, proof, code, await headers())
    if (outcome.ok) {
      await setProofCookie(null)
      await setSessionCookie(payload, outcome.token)
      await keepLanguage(await payload.findByID({ collection: 'users', id: proof.userId, depth: 0 }).catch(() => null))
      return done('auth.loggedIn', { to: safeRedirect(next) })
    }
    if (outcome.why === 'gone') {
      await setProofCookie(null)
      return done('', { to: restartPath(next, 'change') })
    }
    if (outcome.why === 'disabled') {
      await setProofCookie(null)
      return badInput('auth.disabled')
    }
    await renew()
    if (outcome.why === 'throttled') return badInput(outcome.message!)
    return badInput('auth.codeWrong')
  },
  redirectTo: (_input, { to }) => headerSafePath(to),
})

/** The second step's address, carrying the page asked for. */
const codeStepPath = (next: unknown) => {
  const target = safeRedirect(next)
  return `/connexion?etape=code${target === '/' ? '' : `&next=${encodeURIComponent(target)}`}`
}

/** The proof of the first step: httpOnly, for /connexion only, gone after five minutes. */
async function setProofCookie(proof: string | null) {
  const jar = await cookies()
  if (!proof) return jar.delete({ name: PROOF_COOKIE, path: '/connexion' })
  jar.set(PROOF_COOKIE, proof, {
    httpOnly: true,
    sameSite: 'strict',
    secure: publicUrl().startsWith('https://'),
    path: '/connexion',
    maxAge: PROOF_MS / 1000,
  })
}

/** The session cookie, as Payload's own login helper sets it (that helper cannot pass the code along). */
async function setSessionCookie(payload: Awaited<ReturnType<typeof getPayload>>, token: string | undefined) {
  if (!token) return
  const auth = payload.collections.users.config.auth
  // Payload's own cookie (name, lifetime, SameSite and Secure from the collection's auth settings), set through Next.
  const cookie = generatePayloadCookie({
    collectionAuthConfig: auth,
    cookiePrefix: payload.config.cookiePrefix,
    returnCookieAsObject: true,
    token,
  })
  ;(await cookies()).set(cookie.name, token, {
    domain: cookie.domain,
    expires: cookie.expires ? new Date(cookie.expires) : undefined,
    httpOnly: cookie.httpOnly,
    path: cookie.path,
    sameSite: cookie.sameSite?.toLowerCase() as 'lax' | 'strict' | 'none' | undefined,
    secure: cookie.secure,
  })
}

/** The language saved in the account, on this browser too: a new device shows the person's language from the login on. */
async function keepLanguage(user: { locale?: string | null } | null | undefined) {
  if (isLocale(user?.locale)) await setLocaleCookie(user.locale)
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status
const messageOf = (error: unknown) => String((error as { message?: unknown } | null)?.message ?? '')

export const logoutAction = withoutState(
  publicAction({
    input: z.object({}),
    work: async () => {
      await logout({ config })
      return done('auth.loggedOutDone')
    },
    redirectTo: () => '/connexion?deconnecte=1',
  }),
)

/**
 * Always the same answer, so that nobody can learn which addresses have an account; only the limits on reset
 * e-mails (per address and per connection, counted whether or not the address has an account) answer otherwise.
 */
export const forgotPasswordAction = publicAction({
  input: z.object({ email: email('forms.email') }),
  work: async ({ email }, { payload }) => {
    const refusal = await payload.forgotPassword({ collection: 'users', data: { email }, req: { headers: await headers() } }).then(
      () => null,
      (error) => {
        if (statusOf(error) === 429) return messageOf(error)
        payload.logger.warn({ err: error, msg: 'forgot-password e-mail not sent' })
        return null
      },
    )
    if (refusal) return badInput(refusal)
    return done('auth.forgot.sent')
  },
})

export const resetPasswordAction = publicAction({
  input: z.object({ token: text(), password: verbatim(), confirm: verbatim() }).refine(({ password, confirm }) => password === confirm, {
    message: 'auth.reset.notSame',
    path: ['confirm'],
  }),
  work: async ({ token, password }, { payload }) => {
    try {
      await payload.resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
    } catch (error) {
      const refusal = (error as { data?: { errors?: { message: string }[] } }).data?.errors?.[0]?.message
      if (statusOf(error) === 400 && refusal) return badInput(refusal)
      return badInput('auth.reset.expired')
    }
    return done('auth.reset.done')
  },
  redirectTo: () => '/connexion?reinitialise=1',
})
