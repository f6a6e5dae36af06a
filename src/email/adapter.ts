import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { dataRoot } from '@/db/resolve'

import { outboxTransport } from './outbox'

/**
 * SMTP when SMTP_HOST is set; otherwise every message is written to `.data/outbox/*.eml`
 * so that development never needs a mail server and never sends mail by accident.
 */
export function emailAdapter(): Promise<EmailAdapter> {
  const sender = {
    defaultFromAddress: process.env.SMTP_FROM ?? 'relais@localhost',
    defaultFromName: process.env.SMTP_FROM_NAME ?? 'Relais',
  }
  const host = process.env.SMTP_HOST
  if (!host) return nodemailerAdapter({ ...sender, skipVerify: true, transport: outboxTransport(path.join(dataRoot(), 'outbox')) })
  const port = Number(process.env.SMTP_PORT ?? 587)
  return nodemailerAdapter({
    ...sender,
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
    },
  })
}
