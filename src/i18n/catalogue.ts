import fs from 'node:fs'
import path from 'node:path'

import { defaultLocale, type Locale, pseudoLocale, type UiLocale } from './locales'
import { pseudoMessages } from './pseudo'

/**
 * The message catalogues: one folder per language (`messages/fr`, `messages/de`), one JSON file per namespace, so
 * each area of the code keeps its strings in its own file. `client.<area>.json` files are nested under `client` and
 * are the only ones sent to the browser (src/i18n/ClientMessages.tsx).
 *
 * Server only (it reads files): client components never import it, nor what imports it (translator, labels, server,
 * request, recipient); they use `useTranslations`.
 */
export type Messages = { [key: string]: string | Messages }

const messagesDir = path.join(process.cwd(), 'messages')
const loaded = new Map<UiLocale, Messages>()

function readFolder(locale: Locale): Messages {
  const messages: Messages = {}
  for (const file of fs.readdirSync(path.join(messagesDir, locale)).sort()) {
    if (!file.endsWith('.json')) continue
    const parts = file.slice(0, -'.json'.length).split('.')
    let target = messages
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Messages
    target[parts.at(-1)!] = JSON.parse(fs.readFileSync(path.join(messagesDir, locale, file), 'utf8')) as Messages
  }
  return messages
}

/** The whole catalogue of a language, read once per process (catalogues change only with a new release). */
export function messagesFor(locale: UiLocale): Messages {
  let messages = loaded.get(locale)
  if (!messages) {
    messages = locale === pseudoLocale ? pseudoMessages(readFolder(defaultLocale)) : readFolder(locale)
    if (process.env.NODE_ENV !== 'development') loaded.set(locale, messages)
  }
  return messages
}
