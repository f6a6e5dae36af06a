import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { type ColorName, colorPairs, colors, contrast, minimumContrast } from '@/components/ui/tokens'

const stylesheet = fs.readFileSync(path.resolve(import.meta.dirname, '../../../src/app/(intranet)/styles.css'), 'utf8')

/** The `--color-*` custom properties of the stylesheet's first `:root` block. */
function cssColors(): Record<string, string> {
  const root = /:root\s*{([^}]*)}/.exec(stylesheet)![1]!
  return Object.fromEntries(
    [...root.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name, value]) => [name, value!.toLowerCase()]),
  )
}

describe('design tokens', () => {
  it('the stylesheet declares exactly the colours of tokens.ts', () => {
    expect(cssColors()).toEqual(Object.fromEntries(Object.entries(colors).map(([name, value]) => [name, value.toLowerCase()])))
  })

  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#ffffff', '#ffffff')).toBe(1)
    // The selected « En partie » state before the tokens: white on #d48806.
    expect(contrast('#ffffff', '#d48806')).toBeLessThan(3)
  })

  it.each(colorPairs.map((pair) => [`${pair.fg} on ${pair.bg} (${pair.where})`, pair] as const))('meets WCAG AA: %s', (_, pair) => {
    const ratio = contrast(colors[pair.fg], colors[pair.bg])
    expect(ratio, `${pair.fg} on ${pair.bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(minimumContrast[pair.use])
  })

  it('every colour of a state, alert or badge rule is one of the declared pairs', () => {
    const declared = new Set(colorPairs.map((pair) => `${pair.fg}|${pair.bg}`))
    const rules = [...stylesheet.matchAll(/([^{}]+){([^}]*)}/g)]
    const missing: string[] = []
    for (const [, selector, body] of rules) {
      const fg = /(?:^|\s|;)color:\s*var\(--color-([\w-]+)\)/.exec(body!)?.[1]
      const bg = /background:\s*var\(--color-([\w-]+)\)/.exec(body!)?.[1]
      if (fg && bg && !declared.has(`${fg}|${bg}`)) missing.push(`${selector!.trim()}: ${fg} on ${bg}`)
    }
    expect(missing).toEqual([])
  })

  it('no rule uses a raw colour outside the tokens (print rules aside)', () => {
    const screen = stylesheet.replace(/@media print\s*{(?:[^{}]*{[^}]*})*[^{}]*}/g, '').replace(/:root\s*{[^}]*}/, '')
    expect(screen.match(/#[0-9a-f]{3,6}\b/gi) ?? []).toEqual([])
    const known = new Set(Object.keys(colors) as ColorName[])
    const used = [...screen.matchAll(/var\(--color-([\w-]+)\)/g)].map(([, name]) => name as ColorName)
    expect(used.filter((name) => !known.has(name))).toEqual([])
  })
})
