import type { DefaultNodeTypes, SerializedBlockNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import type { CalloutBlock } from '@/payload-types'
import { calloutKinds } from '@/richtext/vocabulary'

type Nodes = DefaultNodeTypes | SerializedBlockNode<CalloutBlock>

/** The look of each callout: the intranet's notice (to do) and warning messages. */
const calloutClass: Record<keyof typeof calloutKinds, string> = {
  todo: 'message message--notice callout callout--todo',
  warning: 'message message--warning callout callout--warning',
}

/**
 * Lexical's converters for what the editor offers (src/richtext/editor.ts), plus the callouts « À faire » /
 * « Attention », shown as an aside titled with their kind.
 */
const converters: JSXConvertersFunction<Nodes> = ({ defaultConverters }) => ({
  ...defaultConverters,
  blocks: {
    callout: ({ node }) => {
      const { kind, content } = node.fields
      return (
        <aside className={calloutClass[kind] ?? calloutClass.todo} data-callout={kind}>
          <p>
            <strong>{calloutKinds[kind] ?? calloutKinds.todo}</strong>
          </p>
          {content && <LexicalRichText data={content} converters={converters} disableContainer />}
        </aside>
      )
    },
  },
})

/** The intranet's renderer of a rich-text field (guides, templates, FAQ answers). */
export function RichText({ data }: { data: Parameters<typeof LexicalRichText>[0]['data'] }) {
  return <LexicalRichText data={data} converters={converters} />
}
