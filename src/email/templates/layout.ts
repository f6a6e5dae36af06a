import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

/** Escapes text for HTML e-mail bodies. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export type EmailContent = { title: string; paragraphs: string[]; action?: { label: string; url: string } }

/** A plain, readable HTML e-mail in the recipient's language: a title, paragraphs, an optional button. Every string is escaped. */
export function emailHtml({ title, paragraphs, action }: EmailContent, locale: Locale = defaultLocale) {
  const t = translatorFor(locale, 'email.layout')
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')
  const button = action
    ? `<p><a href="${escapeHtml(action.url)}" style="background:#00539f;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="font-size:13px;color:#555">${escapeHtml(t('buttonFallback'))}<br>${escapeHtml(action.url)}</p>`
    : ''
  return `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">
<h1 style="font-size:20px">${escapeHtml(title)}</h1>
${body}
${button}
<p style="font-size:13px;color:#555">${escapeHtml(t('footer'))}</p>
</body></html>`
}

/** The same e-mail as plain text, for mail readers that show no HTML. */
export function emailText({ title, paragraphs, action }: EmailContent, locale: Locale = defaultLocale) {
  const t = translatorFor(locale, 'email.layout')
  return [title, '', ...paragraphs.flatMap((p) => [p, '']), ...(action ? [`${action.label}: ${action.url}`, ''] : []), t('footer')].join(
    '\n',
  )
}

/** A whole message: subject, HTML and plain text from the same content. */
export const emailMessage = (subject: string, content: EmailContent, locale: Locale = defaultLocale) => ({
  subject,
  html: emailHtml(content, locale),
  text: emailText(content, locale),
})

/** « Bonjour Anne, » / « Guten Tag Anne », or without a name. */
export const greeting = (locale: Locale, name?: string | null) => {
  const t = translatorFor(locale, 'email')
  return name ? t('helloName', { name }) : t('hello')
}
