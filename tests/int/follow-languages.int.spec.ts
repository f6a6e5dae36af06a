/**
 * Notifications to followers in each RECIPIENT's language (issue 26), over real PostgreSQL and the follow events'
 * job: a guide revised, an action added to it and a measure's status changed reach a French member in French and a
 * member whose account is German in German, from the same change: the words Relais writes, and the guide's or the
 * measure's title in the reader's language where it is translated (French where it is not).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Guide, Measure } from '@/payload-types'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, type People } from '@tests/helpers/people'

let payload: Payload
let people: People
let guide: Guide
let measure: Measure

const french = () => people['member A']
const german = () => people['member B']
const runEvents = () => payload.jobs.run({ queue: 'mail', limit: 100 })
const notification = async (who: { id: number }, eventKeyPrefix: string) => {
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { and: [{ recipient: { equals: who.id } }, { eventKey: { like: eventKeyPrefix } }] },
    depth: 0,
    limit: 10,
  })
  const found = docs.filter((n) => n.eventKey.startsWith(eventKeyPrefix))
  expect(found).toHaveLength(1)
  return found[0]!
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  people = await createPeople(payload, 'follang')
  await payload.update({ collection: 'users', id: german().id, data: { locale: 'de' } })
  guide = (await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, depth: 0, limit: 1 })).docs[0]!
  measure = (await payload.find({ collection: 'measures', where: { number: { equals: 25 } }, depth: 0 })).docs[0]!
  for (const who of [french(), german()]) {
    await payload.create({ collection: 'follows', data: { user: who.id, target: 'guide', key: String(guide.id), following: true } })
    await payload.create({ collection: 'follows', data: { user: who.id, target: 'measure', key: String(measure.id), following: true } })
  }
})

describe('a followed guide', () => {
  it('its German version, once published, is told as a revision: in German to the German reader, in French to the French one', async () => {
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'de',
      data: {
        title: 'Leitfaden auf Deutsch',
        summary: 'Die Zusammenfassung auf Deutsch.',
        body: richTextFromBlocks([{ p: 'Der Text auf Deutsch.' }]),
        // The same rows in both languages, their actions in German.
        checklist: (guide.checklist ?? []).map((item, i) => ({ ...item, label: `Massnahme ${i + 1} auf Deutsch` })),
        _status: 'published',
      } as never,
    })
    await runEvents()
    const de = await notification(german(), `guide-revised:${guide.id}:`)
    expect(de.title).toBe('Leitfaden auf Deutsch: Leitfaden überarbeitet')
    expect(de.detail).toBe('Die Zusammenfassung auf Deutsch.')
    const fr = await notification(french(), `guide-revised:${guide.id}:`)
    expect(fr.title).toBe(`${guide.title} : guide révisé`)
    expect(fr.detail).toBe(guide.summary)
  })

  it('a new action: « une nouvelle action » in French, «eine neue Massnahme» in German, its label as written', async () => {
    const current = (await payload.findByID({ collection: 'guides', id: guide.id, depth: 0 })) as Guide
    await payload.update({
      collection: 'guides',
      id: guide.id,
      data: { checklist: [...(current.checklist ?? []), { label: 'Vérifier les sauvegardes', key: '' }], _status: 'published' },
      depth: 0,
    })
    await runEvents()
    const fr = await notification(french(), `guide-action:${guide.id}:`)
    expect(fr.title).toBe(`${guide.title} : une nouvelle action`)
    expect(fr.detail).toBe('« Vérifier les sauvegardes »')
    const de = await notification(german(), `guide-action:${guide.id}:`)
    expect(de.title).toBe('Leitfaden auf Deutsch: eine neue Massnahme')
    // Not translated yet: the German reader reads the action as its author wrote it, between German quotes.
    expect(de.detail).toBe('«Vérifier les sauvegardes»')
  })
})

describe('a followed measure', () => {
  it('a change of status: the status named in each reader’s language', async () => {
    const from = measure.status
    await payload.update({ collection: 'measures', id: measure.id, data: { status: from === 'suspendue' ? 'en-cours' : 'suspendue' } })
    await runEvents()
    const fr = await notification(french(), `measure-change:${measure.id}:`)
    const de = await notification(german(), `measure-change:${measure.id}:`)
    if (from === 'suspendue') {
      expect(fr.title).toMatch(/ » : état « Suspendue » → « En cours »$/)
      expect(de.title).toMatch(/»: Stand «Ausgesetzt» → «In Arbeit»$/)
    } else {
      expect(fr.title).toMatch(/ » : état « .+ » → « Suspendue »$/)
      expect(de.title).toMatch(/»: Stand «.+» → «Ausgesetzt»$/)
    }
    expect(fr.title.startsWith(`Mesure 25 « ${measure.title} »`)).toBe(true)
    // The measure has no German title here: the German reader reads the French one.
    expect(de.title.startsWith(`Massnahme 25 «${measure.title}»`)).toBe(true)
  })
})
