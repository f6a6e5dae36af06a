'use server'

import { headers } from 'next/headers'
import { z } from 'zod'

import { asUser } from '@/auth/asUser'
import { choice, flag, id, optionalId, text, verbatim } from '@/forms/read'
import { publicAction, serverAction, withoutState } from '@/forms/serverAction'
import { serverTranslator } from '@/i18n/server'
import { clientAddress } from '@/net/clientAddress'
import { badInput, done } from '@/result'

import { chooseLanguage, offeredLocale } from './language'
import { setLocaleCookie } from './localeCookie'
import { logAccountEvent } from './log'
import { confirmAccountRequest, decideAccountRequest, submitAccountRequest } from './requests'
import { sendResetLink } from './resetLink'
import { stampProblem } from './tokens'

// The services trim and check these fields themselves, with their own messages.
const field = () => verbatim(5000)

/**
 * Public form: honeypot and stamp first (bots), then the request itself. What was typed comes back with a refusal
 * (a form sent before JavaScript loaded is rendered again by the server: its fields would be empty otherwise).
 */
export const requestAccountAction = publicAction({
  input: z.object({
    website: field().refine((website) => !website, 'accounts.request.notSent'),
    stamp: field(),
    name: field(),
    email: field(),
    commune: field(),
    function: field(),
    requestedRole: field().transform((role) => role || 'member'),
    comment: field(),
  }),
  work: async ({ website: _honeypot, stamp, ...input }, { payload }) => {
    const stale = stampProblem(stamp, payload.secret)
    if (stale) return badInput(stale)
    return submitAccountRequest(payload, input, { ip: clientAddress(await headers()), stamp })
  },
  keep: ['name', 'email', 'commune', 'function', 'requestedRole', 'comment'],
})

export const confirmRequestAction = publicAction({
  input: z.object({ token: field() }),
  work: ({ token }, { payload }) => confirmAccountRequest(payload, token),
})

export const decideRequestAction = serverAction({
  input: z.object({
    request: id('accounts.request.unknown'),
    decision: field().transform((decision) => (decision === 'approve' ? 'approve' : 'reject')),
    comment: field(),
    grantRequestedRole: flag(),
    // Decided from the home page: go back there (its only accepted value; anything else means the list).
    from: field().transform((from) => from === 'accueil'),
  }),
  work: ({ request, from: _from, ...decision }, { payload, user }) =>
    decideAccountRequest(payload, user, { requestId: request, ...decision }),
  // Every page's menu shows the count of waiting requests: refresh them all.
  revalidate: () => [['/', 'layout']],
  // The decided request leaves the pending list: show the outcome on the page it was decided from.
  redirectTo: ({ request, from }) => (from ? `/?demande=${request}` : `/ma-commune/demandes?traitee=${request}`),
})

const changes = {
  disable: { data: { disabled: true }, type: 'disabled' },
  enable: { data: { disabled: false }, type: 'enabled' },
  delegate: { data: { communeValidator: true }, type: 'delegate-named' },
  undelegate: { data: { communeValidator: false }, type: 'delegate-removed' },
} as const

/** Disable/enable an account, or name/remove a delegate validator: field rules decide; the outcome is checked. */
export const updateAccountAction = serverAction({
  input: z.object({
    user: id('forms.unknownAction'),
    change: choice(Object.keys(changes) as (keyof typeof changes)[], 'forms.unknownAction'),
  }),
  work: async ({ user: id, change }, { payload, user }) => {
    const { data, type } = changes[change]
    const t = await serverTranslator('accounts.changes')
    const updated = await payload.update({ collection: 'users', id, data, ...asUser(user), depth: 0 }).catch(() => null)
    const [key, value] = Object.entries(data)[0]!
    if (!updated || (updated as unknown as Record<string, unknown>)[key] !== value) return badInput(t('refused'))
    const commune = typeof updated.commune === 'object' ? updated.commune?.id : updated.commune
    await logAccountEvent(payload, { type, email: updated.email, commune, user: updated.id, actor: user.id })
    return done(t(change, { name: updated.name }))
  },
  revalidate: () => ['/ma-commune/comptes'],
})

/** "Envoyer un lien": Payload's forgot-password e-mail to the person, instead of choosing their password. */
export const sendResetLinkAction = serverAction({
  // An id that names no account is the service's to answer (no such account, or the validator's refusal).
  input: z.object({ user: optionalId() }),
  work: ({ user: target }, { payload, user }) => sendResetLink(payload, user, target ?? Number.NaN),
})

/** « Langue » on /compte: saved to the account, and to this browser's cookie so the next page is in that language. */
export const chooseLanguageAction = serverAction({
  input: z.object({ locale: text(10) }),
  work: async ({ locale }, { payload, user }) => {
    const result = await chooseLanguage(payload, user, locale)
    if (result.ok) await setLocaleCookie(result.locale)
    return result
  },
  // The whole intranet changes language: menu, header and every page.
  revalidate: () => [['/', 'layout']],
})

/** The language links of the anonymous pages (login, forgotten password, account request): this browser only. */
export const switchLanguageAction = withoutState(
  publicAction({
    input: z.object({ locale: text(10) }),
    work: async ({ locale }, { payload }) => {
      const chosen = await offeredLocale(payload, locale)
      if (!chosen) return badInput('account.language.unknown')
      await setLocaleCookie(chosen)
      return done('account.language.savedHere')
    },
  }),
)
