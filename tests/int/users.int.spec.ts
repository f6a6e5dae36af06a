import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { chooseLanguage } from '@/accounts/language'
import type { User } from '@/payload-types'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, PASSWORD, type People } from '@tests/helpers/people'

const fieldError = (error: unknown) => (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors?.[0]

describe('users', () => {
  let payload: Payload
  let people: People

  beforeAll(async () => {
    ;({ payload } = await bootPayload())
    people = await createPeople(payload, 'users')
  })

  describe('password policy', () => {
    const attempt = (password: string, email = `policy.${Math.random().toString(36).slice(2)}@test.local`) =>
      payload.create({ collection: 'users', data: { email, name: 'Essai', roles: ['member'], password } }).then(
        () => null,
        (error) => error,
      )

    it('refuses fewer than 12 characters, in French, and creates nothing', async () => {
      const before = (await payload.count({ collection: 'users' })).totalDocs
      const error = await attempt('Court-123')
      expect(error?.status).toBe(400)
      expect(fieldError(error)).toEqual({ path: 'password', message: 'Le mot de passe doit compter au moins 12 caractères.' })
      expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
    })

    it('refuses common passwords, also decorated ones', async () => {
      for (const common of ['1q2w3e4r5t6y', 'qwerty123456', 'Motdepasse2024!', 'Azertyuiop123']) {
        expect(fieldError(await attempt(common))?.message, common).toMatch(/trop courant/)
      }
    })

    it('refuses a password containing the e-mail address', async () => {
      expect(fieldError(await attempt('jean.muster-2026', 'jean.muster@test.local'))?.message).toMatch(/adresse e-mail/)
    })

    it('accepts a long passphrase', async () => {
      expect(await attempt('trois chats sur le muret')).toBeNull()
    })

    it('also applies when a user changes their password and on reset', async () => {
      const user = people['member B']
      await expect(payload.update({ collection: 'users', id: user.id, data: { password: 'short' } })).rejects.toMatchObject({ status: 400 })
      const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
      await expect(
        payload.resetPassword({ collection: 'users', data: { token, password: 'password1234' }, overrideAccess: true }),
      ).rejects.toMatchObject({ status: 400 })
      const login = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
      expect(login.user?.id).toBe(user.id)
    })
  })

  it('no per-account lock: five failed logins lock nobody out (limits are per address and connection: login-throttle.int.spec.ts)', async () => {
    const user = await createUser(payload, { email: 'lockout@test.local', name: 'Lucie Lock', roles: ['member'] })
    for (let i = 0; i < 5; i++) {
      await expect(
        payload.login({ collection: 'users', data: { email: user.email, password: 'wrong-password-123' } }),
      ).rejects.toMatchObject({ name: 'AuthenticationError' })
    }
    const login = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
    expect(login.user?.id).toBe(user.id)
  })

  it('records the last login', async () => {
    const user = people.copil
    const before = Date.now()
    await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
    const stored = await payload.findByID({ collection: 'users', id: user.id })
    expect(new Date(stored.lastLoginAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  it('lets a member edit their own name but not their roles, commune or validator flag', async () => {
    const member = await payload.findByID({ collection: 'users', id: people['member A'].id })
    const updated = await payload.update({
      collection: 'users',
      id: member.id,
      data: { name: 'Anne Renommée', roles: ['admin'], commune: people.communeB.id, communeValidator: true },
      user: member,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Anne Renommée')
    expect(updated.roles).toEqual(['member'])
    expect(updated.communeValidator).toBe(false)
    const communeId = typeof updated.commune === 'object' ? updated.commune?.id : updated.commune
    expect(communeId).toBe(people.communeA.id)
  })

  it('refuses a coordinator granting the admin role, and lets an admin do it', async () => {
    const coordinator = await payload.findByID({ collection: 'users', id: people.coordinator.id })
    const admin = await payload.findByID({ collection: 'users', id: people.admin.id })
    const target = people.cotec
    await expect(
      payload.update({ collection: 'users', id: target.id, data: { roles: ['admin'] }, user: coordinator, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: 'users', id: target.id })).roles).toEqual(['cotec', 'member'])
    const promoted = await payload.update({
      collection: 'users',
      id: target.id,
      data: { roles: ['cotec', 'admin'] },
      user: admin,
      overrideAccess: false,
    })
    expect(promoted.roles).toEqual(['cotec', 'admin'])
  })

  it('lets a commune validator list the accounts of their commune only', async () => {
    const validator = await payload.findByID({ collection: 'users', id: people['validator A'].id })
    const { docs } = await payload.find({ collection: 'users', user: validator, overrideAccess: false, limit: 0, pagination: false })
    const emails = docs.map((d) => d.email).sort()
    expect(emails).toEqual([people['member A'].email, people['validator A'].email].sort())
  })

  describe('language choice (« Langue » on /compte)', () => {
    const account = (id: number) => payload.findByID({ collection: 'users', id, depth: 0 }) as Promise<User>

    it('saves an offered language to the person’s own account and answers in that language', async () => {
      const member = await account(people['member A'].id)
      const result = await chooseLanguage(payload, member, 'de')
      expect(result).toEqual({ ok: true, message: 'Sprache gespeichert: Deutsch.', locale: 'de' })
      expect((await account(member.id)).locale).toBe('de')
      expect(await chooseLanguage(payload, await account(member.id), 'fr')).toMatchObject({
        ok: true,
        message: 'Langue enregistrée : français.',
      })
      expect((await account(member.id)).locale).toBe('fr')
    })

    it('refuses a language that does not exist, in French, and changes nothing', async () => {
      const member = await account(people['member B'].id)
      for (const bad of ['en', 'qps', '', 'de; drop table users', null, 42, ['de']]) {
        expect(await chooseLanguage(payload, member, bad), String(bad)).toEqual({
          ok: false,
          errors: { form: 'account.language.unknown' },
        })
      }
      expect((await account(member.id)).locale ?? null).toBeNull()
    })

    it('changes only the person’s own language: nobody sets a colleague’s, not even their commune’s validator', async () => {
      const validator = await account(people['validator A'].id)
      const colleague = people['member A'].id
      const before = (await account(colleague)).locale ?? null
      await chooseLanguage(payload, validator, 'de')
      expect((await account(colleague)).locale ?? null).toBe(before)
      expect((await account(validator.id)).locale).toBe('de')
      // Over the API, as the validator, on a colleague of their commune: the field's access rule keeps it as it was.
      await payload
        .update({
          collection: 'users',
          id: colleague,
          data: { locale: before === 'de' ? 'fr' : 'de' },
          user: validator,
          overrideAccess: false,
        })
        .catch(() => null)
      expect((await account(colleague)).locale ?? null).toBe(before)
    })
  })
})
