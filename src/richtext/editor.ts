import {
  BlocksFeature,
  BoldFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'
import type { Block } from 'payload'

import { label, localizedOptions } from '@/i18n/labels'

import { calloutKinds } from './vocabulary'

/**
 * The rich-text editor offers only what the intranet's renderer (src/components/RichText.tsx) shows: paragraphs,
 * bold and italic, headings h2–h4 (h1 is the page's title), lists, links to addresses (no link to a record: the
 * intranet has no address for most of them), tables, and the « À faire » / « Attention » callouts. Left out on
 * purpose: uploads and relationships (attachments are the guide's own field), underline (reads as a link),
 * strikethrough, subscript, superscript, inline code, indent, alignment, quotes, horizontal rules and Lexical's own
 * checklists (a guide's checklist is its own field, ticked per commune).
 */

/** Links to web addresses only; the « open in a new tab » box stays. */
const link = () => LinkFeature({ enabledCollections: [] })

/** What a callout holds: short paragraphs and lists. */
const calloutFeatures = () => [ParagraphFeature(), BoldFeature(), ItalicFeature(), link(), UnorderedListFeature(), OrderedListFeature()]

export const calloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: label('vocab.richtext.block.singular'), plural: label('vocab.richtext.block.plural') },
  fields: [
    {
      name: 'kind',
      label: label('vocab.richtext.block.kind'),
      type: 'select',
      required: true,
      defaultValue: 'todo',
      options: localizedOptions(calloutKinds, 'vocab.richtext.callouts'),
    },
    {
      name: 'content',
      label: label('vocab.richtext.block.content'),
      type: 'richText',
      required: true,
      editor: lexicalEditor({ features: () => [...calloutFeatures(), FixedToolbarFeature(), InlineToolbarFeature()] }),
    },
  ],
}

/** The features of every rich-text field (the editor of `payload.config.ts`). */
export const editorFeatures = () => [
  ParagraphFeature(),
  BoldFeature(),
  ItalicFeature(),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
  UnorderedListFeature(),
  OrderedListFeature(),
  link(),
  EXPERIMENTAL_TableFeature(),
  BlocksFeature({ blocks: [calloutBlock] }),
  FixedToolbarFeature(),
  InlineToolbarFeature(),
]

export const richTextEditor = () => lexicalEditor({ features: editorFeatures })
