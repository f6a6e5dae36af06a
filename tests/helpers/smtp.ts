import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { freePort } from './ports'

export type Mailbox = {
  /** Environment that points Relais's mailer at this catcher. */
  env: Record<string, string>
  messages: ParsedMail[]
  /** The first message (already received or still to come) that matches. */
  waitFor: (match: (mail: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>
  stop: () => Promise<void>
}

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export async function startSmtpCatcher(): Promise<Mailbox> {
  const messages: ParsedMail[] = []
  const listeners = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail)
          listeners.forEach((notify) => notify())
          callback()
        },
        (error) => callback(error),
      )
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))

  const waitFor: Mailbox['waitFor'] = (match, timeoutMs = 15_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.find(match)
        if (!found) return false
        listeners.delete(check)
        clearTimeout(timer)
        resolve(found)
        return true
      }
      const timer = setTimeout(() => {
        listeners.delete(check)
        reject(new Error(`no matching e-mail within ${timeoutMs} ms (received ${messages.length})`))
      }, timeoutMs)
      if (!check()) listeners.add(check)
    })

  return {
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', SMTP_FROM: 'relais@test.local' },
    messages,
    waitFor,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
