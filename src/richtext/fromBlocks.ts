import type { Faq } from '@/payload-types'

/** A block of rich text as seed content writes it: a heading, a paragraph or a list. `**bold**` is allowed inside strings. */
export type RichBlock = { h2: string } | { h3: string } | { p: string } | { ul: string[] } | { ol: string[] }

/** The stored form of a rich-text field (Lexical JSON), as Payload types it. */
export type RichTextValue = Faq['answer']

const base = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

/** Text with `**bold**` runs, as Lexical text nodes (format 1 = bold). */
function textNodes(text: string) {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => {
      const bold = part.startsWith('**') && part.endsWith('**')
      return { type: 'text', text: bold ? part.slice(2, -2) : part, format: bold ? 1 : 0, detail: 0, mode: 'normal', style: '', version: 1 }
    })
}

function list(items: string[], listType: 'bullet' | 'number') {
  return {
    ...base,
    type: 'list',
    listType,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    start: 1,
    children: items.map((item, i) => ({ ...base, type: 'listitem', value: i + 1, children: textNodes(item) })),
  }
}

/** Seed content is written as simple blocks; the editor stores Lexical JSON. This converts the former. */
export function richTextFromBlocks(blocks: RichBlock[]): RichTextValue {
  const children = blocks.map((block) => {
    if ('h2' in block) return { ...base, type: 'heading', tag: 'h2', children: textNodes(block.h2) }
    if ('h3' in block) return { ...base, type: 'heading', tag: 'h3', children: textNodes(block.h3) }
    if ('ul' in block) return list(block.ul, 'bullet')
    if ('ol' in block) return list(block.ol, 'number')
    return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: textNodes(block.p) }
  })
  return { root: { ...base, type: 'root', children } }
}

/** Plain text of a Lexical document (for excerpts, exports and search). */
export function plainText(state: unknown): string {
  const parts: string[] = []
  type Node = { text?: string; children?: unknown[]; type?: string; fields?: { content?: { root?: unknown } } }
  const walk = (node: Node) => {
    if (typeof node.text === 'string') parts.push(node.text)
    node.children?.forEach((child) => walk(child as Node))
    // A callout (« À faire », « Attention ») holds its text in a rich text of its own.
    if (node.type === 'block' && node.fields?.content?.root) walk(node.fields.content.root as Node)
    if (node.type && ['paragraph', 'heading', 'listitem'].includes(node.type)) parts.push('\n')
  }
  if (state && typeof state === 'object' && 'root' in state) walk((state as { root: never }).root)
  return parts.join('').replace(/\n+/g, '\n').trim()
}
