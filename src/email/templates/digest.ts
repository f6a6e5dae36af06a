import { escapeHtml } from './layout'

export type DigestItem = { title: string; detail?: string | null; url: string }
export type DigestGroup = { label: string; items: DigestItem[]; unsubscribeUrl: string }
export type DigestMessage = { name: string; groups: DigestGroup[]; settingsUrl: string; unsubscribeAllUrl: string; weekly: boolean }

export const digestSubject = (count: number, weekly: boolean) =>
  `Relais : ${count === 1 ? 'une nouveauté' : `${count} nouveautés`} ${weekly ? 'cette semaine' : 'depuis hier'} dans ce que vous suivez`

const count = (message: DigestMessage) => message.groups.reduce((sum, group) => sum + group.items.length, 0)
export const digestCount = count

/** The digest as HTML: one section per kind, each with its own unsubscribe link. Every string is escaped. */
export function digestHtml(message: DigestMessage): string {
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
<p style="font-size:13px;color:#555"><a href="${escapeHtml(group.unsubscribeUrl)}">Ne plus recevoir : ${escapeHtml(group.label.toLowerCase())}</a></p>`,
    )
    .join('\n')
  return `<!doctype html><html lang="fr"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">
<h1 style="font-size:20px">Votre résumé ${message.weekly ? 'de la semaine' : 'du jour'}</h1>
<p>Bonjour ${escapeHtml(message.name)},</p>
<p>Voici ce qui a changé dans ce que vous suivez sur Relais.</p>
${sections}
<p style="font-size:13px;color:#555">Choisir la fréquence du résumé ou ce que vous suivez : <a href="${escapeHtml(message.settingsUrl)}">Mon compte › Notifications</a>.<br>
<a href="${escapeHtml(message.unsubscribeAllUrl)}">Ne plus recevoir ce résumé</a>.</p>
<p style="font-size:13px;color:#555">Relais — intranet numérique des communes</p>
</body></html>`
}

/** The same digest as plain text, for mail readers that show no HTML. */
export function digestText(message: DigestMessage): string {
  const lines = [
    `Votre résumé ${message.weekly ? 'de la semaine' : 'du jour'}`,
    '',
    `Bonjour ${message.name},`,
    '',
    'Voici ce qui a changé dans ce que vous suivez sur Relais.',
  ]
  for (const group of message.groups) {
    lines.push('', `== ${group.label} ==`, '')
    for (const item of group.items) {
      lines.push(`- ${item.title}`)
      if (item.detail) lines.push(`  ${item.detail}`)
      lines.push(`  ${item.url}`)
    }
    lines.push('', `Ne plus recevoir : ${group.label.toLowerCase()} :`, group.unsubscribeUrl)
  }
  lines.push(
    '',
    `Choisir la fréquence du résumé ou ce que vous suivez : ${message.settingsUrl}`,
    `Ne plus recevoir ce résumé : ${message.unsubscribeAllUrl}`,
    '',
    'Relais — intranet numérique des communes',
  )
  return lines.join('\n')
}
