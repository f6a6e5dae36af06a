import crypto from 'node:crypto'

/** An unguessable token for links sent by e-mail. */
export const newToken = () => crypto.randomBytes(24).toString('hex')

/** Requests are rate-limited per address without storing addresses: a keyed hash of the IP. */
export const hashIp = (ip: string, secret: string) => crypto.createHmac('sha256', secret).update(ip).digest('hex').slice(0, 32)

/**
 * The account-request form carries a signed time stamp: a submission sooner than a person can fill the form,
 * or from a page older than two hours, is refused. No third-party service, no tracking.
 */
export function formStamp(secret: string, now = Date.now()): string {
  const time = String(now)
  return `${time}.${crypto.createHmac('sha256', secret).update(`form:${time}`).digest('hex').slice(0, 32)}`
}

export function stampProblem(stamp: string, secret: string, now = Date.now()): string | null {
  const [time = '', signature = ''] = stamp.split('.')
  const expected = crypto.createHmac('sha256', secret).update(`form:${time}`).digest('hex').slice(0, 32)
  const valid = signature.length === expected.length && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  const age = now - Number(time)
  if (!valid || !Number.isFinite(age)) return 'Le formulaire a expiré : rechargez la page et recommencez.'
  if (age < 3000) return 'Le formulaire a été envoyé trop vite. Relisez vos informations et envoyez-le à nouveau.'
  if (age > 2 * 60 * 60 * 1000) return 'Le formulaire a expiré : rechargez la page et recommencez.'
  return null
}
