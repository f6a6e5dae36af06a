import type { Payload, TaskConfig } from 'payload'

import { disabledForInactivityEmail, inactivityWarningEmail } from '@/email/templates/accounts'
import { messageAt } from '@/i18n/labels'
import { defaultLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'

import { logAccountEvent } from './log'

const DAY = 24 * 60 * 60 * 1000

/** Months without login after which an account is disabled (RELAIS_INACTIVITY_MONTHS, default 12). */
export const inactivityMonths = () => Number(process.env.RELAIS_INACTIVITY_MONTHS ?? 12)

function disableDate(user: Pick<User, 'lastLoginAt' | 'createdAt'>, months: number): Date {
  const date = new Date(user.lastLoginAt ?? user.createdAt)
  date.setUTCMonth(date.getUTCMonth() + months)
  return date
}

/**
 * Accounts unused for the configured period: a warning 30 days and 7 days before, then the account is disabled
 * (never deleted) and the commune's validators told. Each step happens once and is logged. Administrators are
 * left out so that an instance can never lock out its last administrator. `now` is a parameter for the tests.
 */
export async function runAccountInactivity(payload: Payload, now = new Date()) {
  const months = inactivityMonths()
  const counts = { warned30: 0, warned7: 0, disabled: 0 }
  const { docs } = await payload.find({
    collection: 'users',
    where: { disabled: { not_equals: true } },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  for (const user of docs.filter((candidate) => !candidate.roles.includes('admin'))) {
    const daysLeft = Math.ceil((disableDate(user, months).getTime() - now.getTime()) / DAY)
    const commune = typeof user.commune === 'object' ? user.commune?.id : user.commune
    // The 7-day warning always precedes disabling by a full week, even if the job did not run for a while.
    const warnedAWeekAgo = user.inactivityNotice === '7' && now.getTime() - new Date(user.inactivityWarnedAt ?? 0).getTime() >= 7 * DAY
    if (daysLeft <= 0 && warnedAWeekAgo) {
      await payload.update({ collection: 'users', id: user.id, data: { disabled: true, inactivityNotice: null, inactivityWarnedAt: null } })
      await logAccountEvent(payload, { type: 'disabled', email: user.email, commune, user: user.id, note: `Inactif depuis ${months} mois` })
      for (const to of await validatorsOf(payload, commune)) await payload.sendEmail({ to, ...disabledForInactivityEmail(user, months) })
      counts.disabled++
    } else if (daysLeft <= 7 && user.inactivityNotice !== '7') {
      await warn(payload, user, '7', commune, now)
      counts.warned7++
    } else if (daysLeft <= 30 && daysLeft > 7 && !user.inactivityNotice) {
      await warn(payload, user, '30', commune, now)
      counts.warned30++
    }
  }
  return counts
}

async function warn(payload: Payload, user: User, days: '30' | '7', commune: number | null | undefined, now: Date) {
  await payload.sendEmail({ to: user.email, ...inactivityWarningEmail(user.name, Number(days)) })
  await payload.update({ collection: 'users', id: user.id, data: { inactivityNotice: days, inactivityWarnedAt: now.toISOString() } })
  await logAccountEvent(payload, { type: days === '30' ? 'warned-30' : 'warned-7', email: user.email, commune, user: user.id })
}

async function validatorsOf(payload: Payload, commune: number | null | undefined): Promise<string[]> {
  if (!commune) return []
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ commune: { equals: commune } }, { communeValidator: { equals: true } }, { disabled: { not_equals: true } }] },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  return docs.map((validator) => validator.email)
}

export const accountInactivityTask: TaskConfig<'accountInactivity'> = {
  slug: 'accountInactivity',
  label: messageAt(defaultLocale, 'accounts.inactivityTask'),
  schedule: [{ cron: '0 30 6 * * *', queue: 'daily' }],
  handler: async ({ req }) => ({ output: await runAccountInactivity(req.payload) }),
}
