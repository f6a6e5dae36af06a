'use server'

import { z } from 'zod'

import { communeOf } from '@/access/roles'
import { asUser } from '@/auth/asUser'
import { noonOf } from '@/fields/day'
import { longDate } from '@/format/dates'
import { localizedInput } from '@/forms/localized'
import { choice, day, id, value, verbatim } from '@/forms/read'
import { serverAction, withoutState } from '@/forms/serverAction'
import { currentLocale, serverTranslator } from '@/i18n/server'
import { done, invalidFields } from '@/result'
import { maxUploadBytes } from '@collections/Media'

import { checklistStates } from './vocabulary'

/**
 * Records the user's commune's state for one checklist item. Access rules and the collection's hook decide
 * (own commune only, existing item of a published guide); this only upserts as the logged-in user.
 */
export const setChecklistState = withoutState(
  serverAction({
    input: localizedInput('checklists.errors', (t) =>
      z.object({ guide: id(t('invalid')), state: choice(checklistStates, t('invalid')), itemKey: verbatim(), slug: verbatim() }),
    ),
    work: async ({ guide, state, itemKey }, { payload, user }) => {
      const commune = communeOf(user)
      const existing = await payload.find({
        collection: 'checklist-progress',
        where: { and: [{ guide: { equals: guide } }, { itemKey: { equals: itemKey } }, { commune: { equals: commune } }] },
        ...asUser(user),
        limit: 1,
        depth: 0,
      })
      const current = existing.docs[0]
      if (current) {
        await payload.update({ collection: 'checklist-progress', id: current.id, data: { state }, ...asUser(user) })
      } else {
        // The commune is named for coordinators who belong to one; for members the collection pins it anyway.
        await payload.create({ collection: 'checklist-progress', data: { commune, guide, itemKey, state } as never, ...asUser(user) })
      }
      return done((await serverTranslator('checklists'))('saved'))
    },
    revalidate: ({ slug }) => [`/guides/${slug}`],
  }),
)

const proofTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp']

/**
 * Records a recurring action as done on a day (today by default, never in the future), with an optional proof: the
 * file is uploaded as a file private to the user's commune (collections/Media: its type and size rules apply), then
 * the answer points to it. All as the logged-in user.
 */
export const recordDone = serverAction({
  input: localizedInput('checklists.errors', (t) =>
    z.object({ guide: id(t('invalid')), itemKey: verbatim(), slug: verbatim(), doneOn: day(t('invalidDay')), proof: value() }),
  ),
  work: async ({ guide, itemKey, doneOn, proof }, { payload, user }) => {
    const [t, locale] = await Promise.all([serverTranslator('checklists'), currentLocale()])
    const commune = communeOf(user)
    const file = proof instanceof File && proof.size > 0 ? proof : null
    if (file && file.size > maxUploadBytes) return invalidFields({ proof: t('errors.proofTooLarge') })
    if (file && !proofTypes.includes(file.type)) return invalidFields({ proof: t('errors.proofType') })
    const existing = await payload.find({
      collection: 'checklist-progress',
      where: { and: [{ guide: { equals: guide } }, { itemKey: { equals: itemKey } }, { commune: { equals: commune } }] },
      ...asUser(user),
      limit: 1,
      depth: 0,
    })
    const media = file
      ? await payload.create({
          collection: 'media',
          data: { alt: t('proofAlt', { name: file.name }).slice(0, 200), commune } as never,
          file: { data: Buffer.from(await file.arrayBuffer()), mimetype: file.type, name: file.name, size: file.size },
          ...asUser(user),
        })
      : null
    const data = { state: 'done' as const, doneOn: doneOn ? noonOf(doneOn) : undefined, ...(media ? { proof: media.id } : {}) }
    const current = existing.docs[0]
    const saved = current
      ? await payload.update({ collection: 'checklist-progress', id: current.id, data, ...asUser(user) })
      : await payload.create({ collection: 'checklist-progress', data: { commune, guide, itemKey, ...data } as never, ...asUser(user) })
    return done(t(media ? 'recordedWithProof' : 'recorded', { date: longDate(saved.doneOn ?? new Date(), locale) }))
  },
  revalidate: ({ slug }) => [`/guides/${slug}`, '/ma-commune'],
})
