'use server'

import { z } from 'zod'

import { flag, id, optionalId, optionalWholeNumber, requiredText, text } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'

import { deleteTool, saveTool } from './save'
import { type Hosting, hostingKeys, ratingKeys } from './vocabulary'

/** An optional choice among `values`: null when left empty, `message` when it is none of them. */
const optionalChoice = <V extends string>(values: readonly V[], message: string) =>
  text(40).transform((typed, ctx): V | null => {
    if (!typed) return null
    if ((values as readonly string[]).includes(typed)) return typed as V
    ctx.addIssue({ code: 'custom', message })
    return z.NEVER
  })

const refresh = () => ['/ma-commune', '/qui-utilise-quoi']

export const saveToolAction = serverAction({
  input: z.object({
    tool: optionalId(),
    commune: optionalId(),
    process: id('inventory.errors.process'),
    product: requiredText(160, 'inventory.errors.product'),
    provider: text(160),
    hosting: optionalChoice<Hosting>(hostingKeys, 'inventory.errors.hosting'),
    hostingWhere: text(200),
    inUseSince: optionalWholeNumber(4, 'inventory.errors.inUseSince'),
    contract: optionalId(),
    rating: optionalChoice(ratingKeys, 'inventory.errors.rating').transform((note) => (note ? Number(note) : null)),
    comment: text(500),
    willingToBeContacted: flag(),
  }),
  allErrors: true,
  keep: ['product', 'provider', 'hostingWhere', 'inUseSince', 'comment'],
  work: (input, { payload, user }) => saveTool(payload, user, input),
  revalidate: refresh,
})

export const deleteToolAction = serverAction({
  input: z.object({ tool: id('inventory.errors.tool') }),
  work: ({ tool }, { payload, user }) => deleteTool(payload, user, tool),
  revalidate: refresh,
})
