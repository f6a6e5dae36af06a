import fs from 'node:fs'
import path from 'node:path'

import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'

import { type Messages, messagesFor } from '@/i18n/catalogue'
import { locales } from '@/i18n/locales'

/** Every key of a catalogue, dotted, with its message. */
function leaves(messages: Messages, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') found.set(prefix + key, value)
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) found.set(k, v)
  }
  return found
}

/** The names of a message's ICU arguments and rich-text tags: both languages must use the same. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>()
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (node.type !== 0 && node.value && node.type !== 7) names.add(node.value)
      if (node.options) for (const option of Object.values(node.options)) walk(option.value)
      if (node.children) walk(node.children)
    }
  }
  walk(new IntlMessageFormat(message, 'fr-CH', undefined, { ignoreTag: false }).getAst() as unknown[])
  return [...names].sort()
}

describe('message catalogues', () => {
  const catalogues = Object.fromEntries(locales.map((locale) => [locale, leaves(messagesFor(locale))]))

  it('have the same files in every language', () => {
    const files = locales.map((locale) => fs.readdirSync(path.join('messages', locale)).sort())
    for (const list of files.slice(1)) expect(list).toEqual(files[0])
  })

  it.each(locales)('%s has every key the other languages have', (locale) => {
    const missing = locales
      .filter((other) => other !== locale)
      .flatMap((other) => [...catalogues[other].keys()].filter((key) => !catalogues[locale].has(key)))
    expect(missing, `clés absentes du catalogue ${locale}`).toEqual([])
  })

  it('have no empty message and parse as ICU messages with the same arguments in every language', () => {
    const problems: string[] = []
    for (const [key, french] of catalogues.fr) {
      for (const locale of locales) {
        const message = catalogues[locale].get(key)
        if (message === undefined) continue
        if (!message.trim()) problems.push(`${locale} ${key}: vide`)
        try {
          if (argumentsOf(message).join() !== argumentsOf(french).join()) problems.push(`${locale} ${key}: arguments différents`)
        } catch (error) {
          problems.push(`${locale} ${key}: ${(error as Error).message}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})
