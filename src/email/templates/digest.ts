import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { escapeHtml, greeting } from './layout'

export type DigestItem = { title: string; detail?: string | null; url: string }
export type DigestGroup = { label: string; items: DigestItem[]; unsubscribeUrl: string }
export type DigestMessage = { name: string; groups: DigestGroup[]; settingsUrl: string; unsubscribeAllUrl: string; weekly: boolean }

const tr = (locale: Locale) => translatorFor(locale, 'email.digest')

export const digestSubject = (count: number, weekly: boolean, locale: Locale = defaultLocale) =>
  tr(locale)('subject', { count, weekly: String(weekly) })

const count = (message: DigestMessage) => message.groups.reduce((sum, group) => sum + group.items.length, 0)
export const digestCount = count

// German nouns keep their capital letter inside a sentence.
const inSentence = (label: string, locale: Locale) => (locale === 'fr' ? label.toLowerCase() : label)

/** The digest as HTML: one section per kind, each with its own unsubscribe link. Every string is escaped. */
export function digestHtml(message: DigestMessage, locale: Locale = defaultLocale): string {
  const t = tr(locale)
  const sections = message.groups
    .map(
      (group) => `<h2 style="font-size:17px;margin-top:24px">${escapeHtml(group.label)}</h2>
<ul>
${group.items
  .map(
    (item) =>
      `<li style="margin-bottom:8px"><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>${item.detail ? `<br>${escapeHtml(item.detail)}` : ''}</li>`,
  )
  .join('\n')}
</ul>
<p style="font-size:13px;color:#555"><a href="${escapeHtml(group.unsubscribeUrl)}">${escapeHtml(t('unsubscribeGroup', { label: inSentence(group.label, locale) }))}</a></p>`,
    )
    .join('\n')
  return `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">
<h1 style="font-size:20px">${escapeHtml(t('title', { weekly: String(message.weekly) }))}</h1>
<p>${escapeHtml(greeting(locale, message.name))}</p>
<p>${escapeHtml(t('intro'))}</p>
${sections}
<p style="font-size:13px;color:#555">${escapeHtml(t('settings'))} <a href="${escapeHtml(message.settingsUrl)}">${escapeHtml(t('settingsLink'))}</a>.<br>
<a href="${escapeHtml(message.unsubscribeAllUrl)}">${escapeHtml(t('unsubscribeAll'))}</a>.</p>
<p style="font-size:13px;color:#555">${escapeHtml(translatorFor(locale, 'email.layout')('footer'))}</p>
</body></html>`
}

/** The same digest as plain text, for mail readers that show no HTML. */
export function digestText(message: DigestMessage, locale: Locale = defaultLocale): string {
  const t = tr(locale)
  const lines = [t('title', { weekly: String(message.weekly) }), '', greeting(locale, message.name), '', t('intro')]
  for (const group of message.groups) {
    lines.push('', `== ${group.label} ==`, '')
    for (const item of group.items) {
      lines.push(`- ${item.title}`)
      if (item.detail) lines.push(`  ${item.detail}`)
      lines.push(`  ${item.url}`)
    }
    lines.push('', `${t('unsubscribeGroup', { label: inSentence(group.label, locale) })}:`, group.unsubscribeUrl)
  }
  lines.push(
    '',
    `${t('settings')} ${message.settingsUrl}`,
    `${t('unsubscribeAll')}: ${message.unsubscribeAllUrl}`,
    '',
    translatorFor(locale, 'email.layout')('footer'),
  )
  return lines.join('\n')
}
