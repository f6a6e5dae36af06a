import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outboxTransport } from '@/email/outbox'
import { bootPayload } from '@tests/helpers/payload'
import { createUser, PASSWORD } from '@tests/helpers/people'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

describe('e-mail', () => {
  let payload: Payload
  let mailbox: Mailbox

  beforeAll(async () => {
    mailbox = await startSmtpCatcher()
    ;({ payload } = await bootPayload({ ...mailbox.env, PUBLIC_URL: 'https://relais.example.ch' }))
  })
  afterAll(async () => {
    await mailbox?.stop()
  })

  it('sends the password-reset message over SMTP, in French, with a working one-hour link', async () => {
    const user = await createUser(payload, { email: 'oubli@test.local', name: 'Odile Oubli', roles: ['member'] })
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    const mail = await mailbox.waitFor((m) => m.subject?.includes('réinitialisation') ?? false)

    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('oubli@test.local')
    expect(mail.from?.text).toContain('relais@test.local')
    expect(mail.html).toContain('Bonjour Odile Oubli')
    const link = /https:\/\/relais\.example\.ch\/reinitialiser-mot-de-passe\?token=([a-f0-9]+)/.exec(String(mail.html))
    expect(link, 'reset link in the message').not.toBeNull()

    await payload.resetPassword({
      collection: 'users',
      data: { token: link![1]!, password: 'un nouveau mot de passe solide' },
      overrideAccess: true,
    })
    const login = await payload.login({ collection: 'users', data: { email: user.email, password: 'un nouveau mot de passe solide' } })
    expect(login.user?.id).toBe(user.id)
    await expect(payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).rejects.toThrow()
  })

  it('refuses a reset link used twice', async () => {
    const user = await createUser(payload, { email: 'deux.fois@test.local', name: 'Denis Deux', roles: ['member'] })
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    await payload.resetPassword({ collection: 'users', data: { token, password: 'premier mot de passe long' }, overrideAccess: true })
    await expect(
      payload.resetPassword({ collection: 'users', data: { token, password: 'second mot de passe long' }, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('escapes user-provided text in HTML e-mails', async () => {
    const user = await createUser(payload, { email: 'xss@test.local', name: '<script>alert(1)</script>', roles: ['member'] })
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    const mail = await mailbox.waitFor((m) => (m.to && 'text' in m.to ? m.to.text : '').includes('xss@test.local'))
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('&lt;script&gt;')
  })

  it('without SMTP, writes each message to an .eml file in the outbox', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-outbox-'))
    const transport = outboxTransport(folder)
    await transport.sendMail({ from: 'relais@localhost', to: 'personne@test.local', subject: 'Essai de boîte d’envoi', text: 'Bonjour' })
    const files = fs.readdirSync(folder)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    const content = fs.readFileSync(path.join(folder, files[0]!), 'utf8')
    expect(content).toContain('To: personne@test.local')
    expect(content).toMatch(/Subject: .*Essai/)
  })
})
