import type { Messages } from './catalogue'

/** The pseudo-language's catalogue: every French leaf wrapped in ⟦ ⟧ (outside ICU syntax, so arguments still work). */
export function pseudoMessages<M extends Messages>(messages: M): M {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, typeof value === 'string' ? `⟦${value}⟧` : pseudoMessages(value)]),
  ) as M
}
