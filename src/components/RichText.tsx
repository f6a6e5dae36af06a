import type { DefaultNodeTypes, SerializedBlockNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { CalloutBlock } from '@/payload-types'
import { type CalloutKind, calloutKinds } from '@/richtext/vocabulary'

type Nodes = DefaultNodeTypes | SerializedBlockNode<CalloutBlock>

/** The look of each callout: the intranet's notice (to do) and warning messages. */
const calloutClass: Record<CalloutKind, string> = {
  todo: 'message message--notice callout callout--todo',
  warning: 'message message--warning callout callout--warning',
}

/**
 * Lexical's converters for what the editor offers (src/richtext/editor.ts), plus the callouts « À faire » /
 * « Attention », shown as an aside titled with their kind.
 */
const convertersWith =
  (calloutTitle: (kind: CalloutKind) => string): JSXConvertersFunction<Nodes> =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      callout: ({ node }) => {
        const { kind, content } = node.fields
        return (
          <aside className={calloutClass[kind] ?? calloutClass.todo} data-callout={kind}>
            <p>
              <strong>{calloutTitle(calloutKinds.includes(kind) ? kind : 'todo')}</strong>
            </p>
            {content && <LexicalRichText data={content} converters={convertersWith(calloutTitle)} disableContainer />}
          </aside>
        )
      },
    },
  })

/**
 * The intranet's renderer of a rich-text field (guides, templates, FAQ answers). `locale`: the language the content
 * is written in (French by default, the sources' language), so that a callout's title reads in the language of the
 * text it heads, inside the content's element and its `lang`.
 */
export function RichText({ data, locale = defaultLocale }: { data: Parameters<typeof LexicalRichText>[0]['data']; locale?: UiLocale }) {
  const t = translatorFor(locale, 'vocab.richtext')
  return <LexicalRichText data={data} converters={convertersWith((kind) => t(`callouts.${kind}`))} />
}
