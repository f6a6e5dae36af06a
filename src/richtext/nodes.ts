/**
 * The shape of the Lexical JSON Payload stores, as the walkers of `src/richtext/` read it (plain text, Word
 * documents): every node has a type, text nodes carry `text` and `format`, the others `children`.
 */
export type LexicalNode = {
  type?: string
  text?: string
  /** On text nodes, a bit field (see `textFormat`); on block nodes, the alignment. */
  format?: number | string
  /** `h1`…`h6` on headings. */
  tag?: string
  /** `bullet`, `number` or `check` on lists. */
  listType?: string
  /** On links: `url` for an external link, `doc` for a link to a record. */
  fields?: { url?: string; linkType?: string; doc?: unknown; content?: { root?: LexicalNode } | null } | null
  /** On table cells: non-zero for a header cell. */
  headerState?: number
  children?: LexicalNode[]
}

/** Lexical's text format bits. */
export const textFormat = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const

/** Whether a text node has a format (bold, italic…). */
export const hasFormat = (node: LexicalNode, format: keyof typeof textFormat) =>
  typeof node.format === 'number' && (node.format & textFormat[format]) !== 0

/** The root of a stored rich-text value, or null when it is empty or not Lexical JSON. */
export function rootOf(state: unknown): LexicalNode | null {
  if (!state || typeof state !== 'object' || !('root' in state)) return null
  const root = (state as { root: unknown }).root
  return root && typeof root === 'object' ? (root as LexicalNode) : null
}

/** A node's children; a callout block (« À faire », « Attention ») holds its text in a rich text of its own. */
const childrenOf = (node: LexicalNode): LexicalNode[] =>
  node.type === 'block' && node.fields?.content?.root ? [node.fields.content.root] : (node.children ?? [])

/**
 * The one traversal of Lexical trees: visits each node depth first; `enter` returns what to do with its children
 * (`false` skips them), `leave` runs after them. Used by `plainText` and by the Word export's text runs.
 */
export function walk(node: LexicalNode, enter: (node: LexicalNode) => boolean | void, leave?: (node: LexicalNode) => void) {
  if (enter(node) !== false) childrenOf(node).forEach((child) => walk(child, enter, leave))
  leave?.(node)
}

/** A copy of the tree where `change` rewrites each text node's text (placeholders filled in). */
export function mapText<T>(state: T, change: (text: string) => string): T {
  const copy = (node: LexicalNode): LexicalNode => ({
    ...node,
    ...(typeof node.text === 'string' ? { text: change(node.text) } : {}),
    ...(node.children ? { children: node.children.map(copy) } : {}),
  })
  const root = rootOf(state)
  return root ? ({ ...(state as object), root: copy(root) } as T) : state
}
