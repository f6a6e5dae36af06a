/**
 * The access-matrix operations of accounts (docs/access.md, `users` rows): reading and changing accounts, roles,
 * communes, passwords, e-mail addresses, the second factor, administrators' accounts and reset links.
 */
import { currentPasswordProblem } from '@/auth/currentPassword'
import { seal } from '@/auth/totp/secretBox'
import { idOf } from '@/fields/idOf'
import type { Client } from '@tests/helpers/http'
import {
  employeeA,
  employeeB,
  exists,
  type MatrixDomain,
  type Operations,
  payload,
  people,
  poolOf,
  tookEffect,
  unique,
} from '@tests/helpers/matrix'
import { createUser, PASSWORD, type Person } from '@tests/helpers/people'

async function disposableUser(): Promise<Person> {
  return createUser(payload, { email: `tmp.${unique()}@test.local`, name: 'Temporaire', roles: ['member'], commune: people.communeA.id })
}

// A second factor as enrolment leaves it (columns no API writes): its sealed secret must never come back out.
const SECOND_FACTOR_KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
async function withSecondFactor(person: Person): Promise<Person & { sealed: string }> {
  const sealed = seal(SECOND_FACTOR_KEY, payload.secret)
  await poolOf().query('update users set totp_enabled = true, totp_secret = $1, totp_last_step = 1 where id = $2', [sealed, person.id])
  return { ...person, sealed }
}
const secondFactorOf = async (id: number) => (await poolOf().query('select totp_enabled from users where id = $1', [id])).rows[0]

const NEW_PASSWORD = 'une autre phrase de passe 17'
/** Whether `password` opens the account now (checked against the stored hash, not by logging in: no session; a
 * source of its own each time, so that no attempt limit is reached). */
const passwordIs = async (person: { id: number }, password: string) =>
  await currentPasswordProblem(payload, person.id, password, `matrix-${unique()}`).then((problem) => problem === null)
/** Runs `check` on the actor's own account, then puts their password back without touching their sessions. */
async function keepingOwnPassword<T>(actor: Person, check: () => Promise<T>): Promise<T> {
  const { rows } = await poolOf().query('select hash, salt from users where id = $1', [actor.id])
  try {
    return await check()
  } finally {
    await poolOf().query('update users set hash = $1, salt = $2 where id = $3', [rows[0].hash, rows[0].salt, actor.id])
  }
}
/** An administrator of commune A (a validator of A sees them), thrown away after the cell. */
const disposableAdmin = () =>
  createUser(payload, {
    email: `tmp.admin.${unique()}@test.local`,
    name: 'Admin Temporaire',
    roles: ['admin'],
    commune: people.communeA.id,
  })
/** The reset link took effect when Payload stored a reset token for the account (and e-mailed it). */
async function resetLinkSent(as: Client, target: Person): Promise<boolean> {
  const { status } = await as.request('POST', `/api/users/${target.id}/reset-link`)
  const { rows } = await poolOf().query('select reset_password_token from users where id = $1', [target.id])
  await payload.delete({ collection: 'users', id: target.id })
  return tookEffect(status, Boolean(rows[0]?.reset_password_token))
}

export const usersOperations: Operations = {
  'users | read own account': async ({ as, actor }) => {
    const id = actor?.id ?? people['member A'].id
    const { status, json } = await as.request('GET', `/api/users/${id}`)
    return tookEffect(status, status === 200 && json.id === id)
  },
  'users | read an employee of A': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/users/${employeeA.id}`)
    return tookEffect(status, status === 200 && json.id === employeeA.id)
  },
  'users | read an employee of B': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/users/${employeeB.id}`)
    return tookEffect(status, status === 200 && json.id === employeeB.id)
  },
  'users | create an account': async ({ as }) => {
    const email = `created.${unique()}@test.local`
    const { status } = await as.request('POST', '/api/users', { email, name: 'Nouvelle Personne', password: PASSWORD, roles: ['member'] })
    return tookEffect(status, (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs === 1)
  },
  'users | update own name': async ({ as, actor }) => {
    const id = actor?.id ?? people['member A'].id
    const name = `Nom ${unique()}`
    const { status } = await as.request('PATCH', `/api/users/${id}`, { name })
    return tookEffect(status, (await payload.findByID({ collection: 'users', id })).name === name)
  },
  // issue 26: a person's language (pages, e-mails, calendar files) is theirs, or staff's to set; not a validator's.
  'users | update own language': async ({ as, actor }) => {
    const id = actor?.id ?? people['member A'].id
    const before = (await payload.findByID({ collection: 'users', id, depth: 0 })).locale ?? null
    const target = before === 'de' ? 'fr' : 'de'
    const { status } = await as.request('PATCH', `/api/users/${id}`, { locale: target })
    const changed = (await payload.findByID({ collection: 'users', id, depth: 0 })).locale === target
    await payload.update({ collection: 'users', id, data: { locale: before } })
    return tookEffect(status, changed)
  },
  'users | change the language of an employee of A': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { locale: 'de' })
    const changed = (await payload.findByID({ collection: 'users', id: target.id, depth: 0 })).locale === 'de'
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, changed)
  },
  'users | update own roles': async ({ as, actor }) => {
    const id = actor?.id ?? people['member A'].id
    const before = (await payload.findByID({ collection: 'users', id })).roles
    const extra = (['copil', 'cotec'] as const).find((role) => !before.includes(role))!
    const { status } = await as.request('PATCH', `/api/users/${id}`, { roles: [...before, extra] })
    const changed = (await payload.findByID({ collection: 'users', id })).roles.includes(extra)
    await payload.update({ collection: 'users', id, data: { roles: before } })
    return tookEffect(status, changed)
  },
  'users | update own commune': async ({ as, actor }) => {
    const id = actor?.id ?? people['member A'].id
    const before = idOf((await payload.findByID({ collection: 'users', id, depth: 0 })).commune) as number | null
    const target = before === people.communeB.id ? people.communeA.id : people.communeB.id
    const { status } = await as.request('PATCH', `/api/users/${id}`, { commune: target })
    const changed = idOf((await payload.findByID({ collection: 'users', id, depth: 0 })).commune) === target
    await payload.update({ collection: 'users', id, data: { commune: before } })
    return tookEffect(status, changed)
  },
  'users | update an employee of A': async ({ as }) => {
    const value = `Fonction ${unique()}`
    const { status } = await as.request('PATCH', `/api/users/${employeeA.id}`, { function: value })
    return tookEffect(status, (await payload.findByID({ collection: 'users', id: employeeA.id })).function === value)
  },
  'users | grant the admin role': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { roles: ['member', 'admin'] })
    const granted = (await payload.findByID({ collection: 'users', id: target.id })).roles.includes('admin')
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, granted)
  },
  'users | read the second-factor secret of an employee of A': async ({ as }) => {
    const target = await withSecondFactor(await disposableUser())
    const { status, json } = await as.request('GET', `/api/users/${target.id}`)
    const text = JSON.stringify(json)
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, /"totp(Secret|LastStep)":/.test(text) || text.includes(target.sealed) || text.includes(SECOND_FACTOR_KEY))
  },
  'users | reset the second factor of an employee of A': async ({ as }) => {
    const target = await withSecondFactor(await disposableUser())
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { totpEnabled: false })
    const reset = !(await secondFactorOf(target.id)).totp_enabled
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, reset)
  },
  'users | switch on the second factor of an employee of A': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { totpEnabled: true })
    const on = Boolean((await secondFactorOf(target.id)).totp_enabled)
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, on)
  },
  'users | delete an employee of A': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('DELETE', `/api/users/${target.id}`)
    return tookEffect(status, !(await exists('users', target.id)))
  },
  'users | disable an employee of A': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { disabled: true })
    const disabled = (await payload.findByID({ collection: 'users', id: target.id })).disabled === true
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, disabled)
  },
  'users | disable an employee of B': async ({ as }) => {
    const target = await createUser(payload, {
      email: `tmp.${unique()}@test.local`,
      name: 'Temporaire B',
      roles: ['member'],
      commune: people.communeB.id,
    })
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { disabled: true })
    const disabled = (await payload.findByID({ collection: 'users', id: target.id })).disabled === true
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, disabled)
  },
  'users | change the e-mail of an employee of A': async ({ as }) => {
    const target = await disposableUser()
    const email = `autre.${unique()}@test.local`
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { email })
    const changed = (await payload.findByID({ collection: 'users', id: target.id })).email === email
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, changed)
  },
  'users | name a delegate validator in A': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { communeValidator: true })
    const named = (await payload.findByID({ collection: 'users', id: target.id })).communeValidator === true
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, named)
  },
  // Passwords, e-mail addresses and administrator accounts (issue 17): whoever acts, a password is set only by its
  // owner with the current one (or the e-mailed link); nobody but an administrator touches an administrator.
  'users | set the password of another account': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { password: NEW_PASSWORD })
    const changed = await passwordIs(target, NEW_PASSWORD)
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, changed)
  },
  'users | set the password of an account of A in bulk': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users?where[id][equals]=${target.id}`, { password: NEW_PASSWORD })
    const changed = await passwordIs(target, NEW_PASSWORD)
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, changed)
  },
  'users | change own password without the current one': async ({ as, actor }) => {
    if (!actor) return tookEffect((await as.request('PATCH', '/api/users/1', { password: NEW_PASSWORD })).status, false)
    const { status } = await as.request('PATCH', `/api/users/${actor.id}`, { password: NEW_PASSWORD })
    return tookEffect(status, await keepingOwnPassword(actor, () => passwordIs(actor, NEW_PASSWORD)))
  },
  'users | change own password with the current one': async ({ as, actor }) => {
    if (!actor)
      return tookEffect((await as.request('PATCH', '/api/users/1', { password: NEW_PASSWORD, currentPassword: PASSWORD })).status, false)
    return keepingOwnPassword(actor, async () => {
      const { status } = await as.request('PATCH', `/api/users/${actor.id}`, { password: NEW_PASSWORD, currentPassword: PASSWORD })
      return tookEffect(status, await passwordIs(actor, NEW_PASSWORD))
    })
  },
  'users | change own e-mail without the current password': async ({ as, actor }) => {
    const email = `autre.${unique()}@test.local`
    if (!actor) return tookEffect((await as.request('PATCH', '/api/users/1', { email })).status, false)
    const { status } = await as.request('PATCH', `/api/users/${actor.id}`, { email })
    const changed = (await payload.findByID({ collection: 'users', id: actor.id })).email === email
    if (changed) await payload.update({ collection: 'users', id: actor.id, data: { email: actor.email } })
    return tookEffect(status, changed)
  },
  'users | create an account with a chosen password': async ({ as }) => {
    const email = `choisi.${unique()}@test.local`
    const { status } = await as.request('POST', '/api/users', { email, name: 'Mot Choisi', password: NEW_PASSWORD, roles: ['member'] })
    const [created] = (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs
    const chosen = created ? await passwordIs(created, NEW_PASSWORD) : false
    if (created) await payload.delete({ collection: 'users', id: created.id })
    return tookEffect(status, chosen)
  },
  'users | update an admin account': async ({ as }) => {
    const target = await disposableAdmin()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { function: 'Modifiée' })
    const changed = (await payload.findByID({ collection: 'users', id: target.id })).function === 'Modifiée'
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, changed)
  },
  'users | disable an admin account': async ({ as }) => {
    const target = await disposableAdmin()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { disabled: true })
    const disabled = (await payload.findByID({ collection: 'users', id: target.id })).disabled === true
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, disabled)
  },
  'users | delete an admin account': async ({ as }) => {
    const target = await disposableAdmin()
    const { status } = await as.request('DELETE', `/api/users/${target.id}`)
    const deleted = !(await exists('users', target.id))
    if (!deleted) await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, deleted)
  },
  'users | send a reset link to an admin account': async ({ as }) => resetLinkSent(as, await disposableAdmin()),
  'users | send a reset link to an employee of A': async ({ as }) => resetLinkSent(as, await disposableUser()),
  'users | send a reset link to an employee of B': async ({ as }) =>
    resetLinkSent(
      as,
      await createUser(payload, {
        email: `tmp.${unique()}@test.local`,
        name: 'Temporaire B',
        roles: ['member'],
        commune: people.communeB.id,
      }),
    ),
}

export const users: MatrixDomain = { operations: usersOperations }
