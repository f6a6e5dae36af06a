'use server'

import { z } from 'zod'

import { flag, id, optionalId, optionalWholeNumber, requiredText, text } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'

import { deleteTool, saveTool } from './save'
import { type Hosting, hostings, ratings } from './vocabulary'

/** An optional choice among `values`: null when left empty, `message` when it is none of them. */
const optionalChoice = <V extends string>(values: Record<V, unknown>, message: string) =>
  text(40).transform((typed, ctx): V | null => {
    if (!typed) return null
    if (Object.hasOwn(values, typed)) return typed as V
    ctx.addIssue({ code: 'custom', message })
    return z.NEVER
  })

const refresh = () => ['/ma-commune', '/qui-utilise-quoi']

export const saveToolAction = serverAction({
  input: z.object({
    tool: optionalId(),
    commune: optionalId(),
    process: id('Choisissez le processus que l’outil sert.'),
    product: requiredText(160, 'Indiquez le produit ou le service.'),
    provider: text(160),
    hosting: optionalChoice<Hosting>(hostings, 'Choisissez l’hébergement dans la liste.'),
    hostingWhere: text(200),
    inUseSince: optionalWholeNumber(4, 'Indiquez l’année de mise en service (par exemple 2019).'),
    contract: optionalId(),
    rating: optionalChoice(ratings, 'La note va de 1 à 5.').transform((note) => (note ? Number(note) : null)),
    comment: text(500),
    willingToBeContacted: flag(),
  }),
  allErrors: true,
  keep: ['product', 'provider', 'hostingWhere', 'inUseSince', 'comment'],
  work: (input, { payload, user }) => saveTool(payload, user, input),
  revalidate: refresh,
})

export const deleteToolAction = serverAction({
  input: z.object({ tool: id('Outil inconnu.') }),
  work: ({ tool }, { payload, user }) => deleteTool(payload, user, tool),
  revalidate: refresh,
})
