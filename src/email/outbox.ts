import fs from 'node:fs'
import path from 'node:path'

import nodemailer, { type Transporter } from 'nodemailer'

/** A nodemailer transport that writes each message as an .eml file and logs one line. */
export function outboxTransport(folder: string): Transporter {
  return nodemailer.createTransport({
    name: 'relais-outbox',
    version: '1',
    send(mail, done) {
      mail.message.build((error, message) => {
        if (error) return done(error, undefined as never)
        try {
          fs.mkdirSync(folder, { recursive: true })
          const messageId = mail.message.messageId()
          const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.hrtime.bigint()}.eml`)
          fs.writeFileSync(file, message)
          console.log(`[mail] "${mail.data.subject}" to ${String(mail.data.to)} written to ${path.relative(process.cwd(), file)}`)
          done(null, { envelope: mail.message.getEnvelope(), messageId } as never)
        } catch (writeError) {
          done(writeError as Error, undefined as never)
        }
      })
    },
  })
}
