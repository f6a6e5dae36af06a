import Bowser from 'bowser'

import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

const browsers: Record<string, string> = {
  'Microsoft Edge': 'Edge',
  'Samsung Internet for Android': 'Samsung Internet',
  'Internet Explorer': 'Internet Explorer',
}

/** The device in words people recognise: the kind of phone or tablet, else the operating system. */
function deviceOf(parsed: Bowser.Parser.ParsedResult): string | null {
  const model = parsed.platform.model
  if (model === 'iPhone' || model === 'iPad') return model
  switch (parsed.os.name) {
    case 'iOS':
      return parsed.platform.type === 'tablet' ? 'iPad' : 'iPhone'
    case 'macOS':
      return 'Mac'
    case 'Chrome OS':
      return 'Chromebook'
    default:
      return parsed.os.name || null
  }
}

/**
 * What a session's User-Agent tells, in no language: the browser's and the device's names (brands, the same in
 * every language), `null` where unknown; `agent: false` when the request sent no User-Agent at all.
 */
export type DeviceDescription = { agent: boolean; browser: string | null; device: string | null }

export function describeDevice(userAgent: string | null | undefined): DeviceDescription {
  const agent = (userAgent ?? '').slice(0, 512)
  if (!agent.trim()) return { agent: false, browser: null, device: null }
  const parsed = Bowser.parse(agent)
  const browser = parsed.browser.name ? (browsers[parsed.browser.name] ?? parsed.browser.name) : null
  return { agent: true, browser, device: deviceOf(parsed) }
}

/**
 * The form kept in the session's `device` column (at login): the description as JSON, so that the sessions page
 * words it in the language of whoever reads it, whichever language they logged in with.
 */
export const storedDevice = (userAgent: string | null | undefined): string => JSON.stringify(describeDevice(userAgent))

const isDescription = (value: unknown): value is DeviceDescription =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as DeviceDescription).agent === 'boolean' &&
  ['string', 'object'].includes(typeof (value as DeviceDescription).browser) &&
  ['string', 'object'].includes(typeof (value as DeviceDescription).device)

/** A description in words, in `locale`: « Chrome sur Windows », « Safari auf iPhone », « Navigateur sur Linux ». */
export function describedDeviceLabel(description: DeviceDescription, locale: UiLocale = defaultLocale): string {
  const t = translatorFor(locale, 'devices')
  const { browser, device } = description
  if (!description.agent) return t('unknown')
  if (browser && device) return t('browserOn', { browser, device })
  if (browser) return browser
  if (device) return t('someBrowserOn', { device })
  return t('unrecognised')
}

/**
 * A short label for a session's User-Agent, in `locale`, e.g. « Chrome sur Windows », « Safari sur iPhone »;
 * scripts and unknown programs get a plain label. Shown to the person only, to recognise their own devices.
 */
export const deviceLabel = (userAgent: string | null | undefined, locale: UiLocale = defaultLocale): string =>
  describedDeviceLabel(describeDevice(userAgent), locale)

/**
 * The label of what the `device` column holds, in `locale`. A session recorded before descriptions were stored
 * holds its label already worded (French): shown as it is, until the session ends.
 */
export function storedDeviceLabel(stored: string | null | undefined, locale: UiLocale = defaultLocale): string {
  if (!stored) return describedDeviceLabel({ agent: false, browser: null, device: null }, locale)
  let parsed: unknown = null
  try {
    parsed = JSON.parse(stored)
  } catch {
    // A label worded at login by an earlier version.
  }
  return isDescription(parsed) ? describedDeviceLabel(parsed, locale) : stored
}
