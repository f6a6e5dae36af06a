import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checklistRollup, rollupCsv } from '@/checklists/rollup'
import { sendGuideReviewReminders } from '@/guides/reviewReminders'
import type { User } from '@/payload-types'
import { plainText, richTextFromBlocks } from '@/richtext/fromBlocks'
import { faqs } from '@seed/content/faqs'
import { guides } from '@seed/content/guides'
import { templates } from '@seed/content/templates'
import { seedKnowledgeBase } from '@seed/knowledgeBase'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, createPeople, type People } from '@tests/helpers/people'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let mailbox: Mailbox
const as = async (name: ActorName): Promise<User> => payload.findByID({ collection: 'users', id: people[name].id })

const guideData = (slug: string, extra: Record<string, unknown> = {}) =>
  ({
    title: `Guide ${slug}`,
    slug,
    theme: 'sauvegardes',
    audiences: ['personnel'],
    summary: 'Un guide de test.',
    body: richTextFromBlocks([{ h2: 'Pourquoi' }, { p: 'Parce que **important**.' }]),
    lastReviewedAt: '2026-09-01T00:00:00.000Z',
    reviewIntervalMonths: 12,
    checklist: [
      { key: 'copie-hors-ligne', label: 'Garder une copie hors ligne' },
      { key: 'test-restauration', label: 'Tester une restauration' },
      { key: 'contrat', label: 'Demander au prestataire' },
      { key: 'documenter', label: 'Documenter la procédure' },
    ],
    _status: 'published',
    ...extra,
  }) as never

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  ;({ payload } = await bootPayload(mailbox.env))
  people = await createPeople(payload, 'kb')
})
afterAll(async () => {
  await mailbox?.stop()
})

describe('seeded knowledge base', () => {
  it('holds the guides, FAQ and templates of the source content, published', async () => {
    expect(guides.length).toBeGreaterThanOrEqual(6)
    for (const slug of ['sauvegardes', 'mots-de-passe', 'incident-cyber', 'continuite']) {
      const { docs } = await payload.find({ collection: 'guides', where: { slug: { equals: slug } } })
      expect(docs[0]?._status, slug).toBe('published')
    }
    expect((await payload.count({ collection: 'faqs' })).totalDocs).toBe(faqs.length)
    expect((await payload.count({ collection: 'templates' })).totalDocs).toBe(templates.length)
  })

  it('seeds the guides of measures 16, 17 and 28, published, with their checklist, sources, measures and owner', async () => {
    const expected = { 'inclusion-numerique': 16, 'numerique-durable': 17, 'digitaliser-un-processus': 28 }
    const [backups] = (await payload.find({ collection: 'guides', where: { slug: { equals: 'sauvegardes' } }, depth: 0 })).docs
    for (const [slug, measure] of Object.entries(expected)) {
      const seed = guides.find((g) => g.slug === slug)!
      const { docs } = await payload.find({ collection: 'guides', where: { slug: { equals: slug } }, depth: 0 })
      const doc = docs[0]!
      expect(doc?._status, slug).toBe('published')
      expect(
        doc.checklist?.map((item) => item.key),
        slug,
      ).toEqual(seed.checklist.map((item) => item.key))
      expect(doc.checklist?.length, slug).toBeGreaterThanOrEqual(5)
      expect(doc.sources?.length, slug).toBe(seed.sources.length)
      expect(
        doc.sources?.every((source) => source.title && source.publisher),
        slug,
      ).toBe(true)
      expect(doc.measureNumbers, slug).toContain(measure)
      expect(doc.audiences?.length, slug).toBeGreaterThan(0)
      expect(doc.reviewIntervalMonths, slug).toBe(seed.reviewIntervalMonths)
      // Owned like the first seeded guides: the seed assigns every guide the same owner (seed/knowledgeBase.ts).
      expect(doc.owner ?? null, slug).toEqual(backups!.owner ?? null)
    }
  })

  it('stores every question with its sources; the seed completes a question stored earlier without them, and corrects an outdated answer nobody edited', async () => {
    const { docs } = await payload.find({ collection: 'faqs', limit: 0, pagination: false, depth: 0 })
    for (const doc of docs) expect(doc.sources?.length ?? 0, doc.question).toBeGreaterThan(0)
    const seeded = faqs.find((f) => f.order === 2)!
    const stored = docs.find((d) => d.question === seeded.question)!
    // As an earlier seed left it: no sources, and the answer without the e-mail confirmation.
    const former = richTextFromBlocks([
      {
        p: 'Chaque personne remplit une demande de compte. Le ou la **secrétaire municipal·e** de sa commune joue le rôle de **tiers de confiance** : il ou elle vérifie l’identité de la personne, valide la demande et son rattachement à la commune. Ce modèle est repris du Portail des communes du canton de Vaud, où le secrétaire municipal est responsable de l’identification des utilisateurs et peut déléguer ces tâches.',
      },
      {
        p: 'Une fois la demande validée, vous recevez un e-mail avec un lien pour définir votre mot de passe. Les coordinateurs et coordinatrices de l’ARVr peuvent aussi valider les demandes.',
      },
    ])
    await payload.update({ collection: 'faqs', id: stored.id, data: { answer: former, sources: [] } })
    await seedKnowledgeBase(payload)
    const corrected = await payload.findByID({ collection: 'faqs', id: stored.id, depth: 0 })
    expect(corrected.sources?.map((s) => [s.title, s.publisher])).toEqual(seeded.sources.map((s) => [s.title, s.publisher]))
    expect(plainText(corrected.answer)).toContain('Confirmer votre adresse e-mail.')
    // An answer someone edited stays as it is.
    const edited = richTextFromBlocks([{ p: 'Réponse revue par la coordination.' }])
    await payload.update({ collection: 'faqs', id: stored.id, data: { answer: edited } })
    await seedKnowledgeBase(payload)
    expect(plainText((await payload.findByID({ collection: 'faqs', id: stored.id, depth: 0 })).answer)).toBe(
      'Réponse revue par la coordination.',
    )
    expect((await payload.count({ collection: 'faqs' })).totalDocs).toBe(faqs.length)
  })

  it('gives every guide 5 to 12 checklist actions with unique keys, sources and a body', () => {
    for (const guide of guides) {
      expect(guide.checklist.length, guide.slug).toBeGreaterThanOrEqual(5)
      expect(guide.checklist.length, guide.slug).toBeLessThanOrEqual(12)
      expect(new Set(guide.checklist.map((item) => item.key)).size, guide.slug).toBe(guide.checklist.length)
      expect(guide.sources.length, guide.slug).toBeGreaterThan(0)
      expect(guide.body.length, guide.slug).toBeGreaterThan(3)
    }
  })

  it('seeds the guides of measures 9 and 14 published, with their checklist, named sources and measures', async () => {
    for (const [slug, measure] of [
      ['cycle-de-vie-archivage', 9],
      ['protection-donnees-metiers', 14],
    ] as const) {
      const seeded = guides.find((guide) => guide.slug === slug)!
      const { docs } = await payload.find({ collection: 'guides', where: { slug: { equals: slug } }, depth: 0 })
      const doc = docs[0]
      expect(doc?._status, slug).toBe('published')
      expect(
        doc?.checklist?.map((item) => item.key),
        slug,
      ).toEqual(seeded.checklist.map((item) => item.key))
      expect(doc?.checklist?.length, slug).toBeGreaterThanOrEqual(5)
      expect(doc?.sources?.length, slug).toBeGreaterThan(0)
      expect(
        doc?.sources?.every((source) => source.title && source.publisher),
        slug,
      ).toBe(true)
      expect(doc?.measureNumbers, slug).toContain(measure)
      expect(doc?.reviewIntervalMonths, slug).toBe(seeded.reviewIntervalMonths)
    }
  })
})

describe('drafts', () => {
  it('are visible to coordinators only; members see the guide once published', async () => {
    const draft = await payload.create({ collection: 'guides', data: guideData('brouillon-kb', { _status: 'draft' }), draft: true })
    const memberList = await payload.find({
      collection: 'guides',
      user: await as('member A'),
      overrideAccess: false,
      limit: 0,
      pagination: false,
    })
    expect(memberList.docs.map((d) => d.id)).not.toContain(draft.id)
    const draftsAsMember = await payload.find({
      collection: 'guides',
      user: await as('member A'),
      overrideAccess: false,
      draft: true,
      limit: 0,
      pagination: false,
    })
    expect(draftsAsMember.docs.map((d) => d.id)).not.toContain(draft.id)
    const coordinatorList = await payload.find({
      collection: 'guides',
      user: await as('coordinator'),
      overrideAccess: false,
      draft: true,
      limit: 0,
      pagination: false,
    })
    expect(coordinatorList.docs.map((d) => d.id)).toContain(draft.id)

    await payload.update({ collection: 'guides', id: draft.id, data: { _status: 'published' } as never })
    const after = await payload.find({
      collection: 'guides',
      user: await as('member A'),
      overrideAccess: false,
      where: { id: { equals: draft.id } },
    })
    expect(after.totalDocs).toBe(1)
  })

  it('a new draft of a published guide does not reach members until published', async () => {
    const guide = await payload.create({ collection: 'guides', data: guideData('revision-kb'), draft: false })
    await payload.update({ collection: 'guides', id: guide.id, data: { summary: 'Résumé en cours de rédaction' }, draft: true })
    const seen = await payload.findByID({ collection: 'guides', id: guide.id, user: await as('member B'), overrideAccess: false })
    expect(seen.summary).toBe('Un guide de test.')
  })
})

describe('checklist answers', () => {
  let guideId: number
  beforeAll(async () => {
    guideId = (await payload.create({ collection: 'guides', data: guideData('checklist-kb'), draft: false })).id
  })

  const answer = async (name: 'member A' | 'member B' | 'validator A' | 'cotec', itemKey: string, state: string, commune?: number) =>
    payload.create({
      collection: 'checklist-progress',
      data: { guide: guideId, itemKey, state, ...(commune ? { commune } : {}) } as never,
      user: await as(name),
      overrideAccess: false,
    })

  it('are pinned to the member’s commune and record who answered', async () => {
    const doc = await answer('member A', 'copie-hors-ligne', 'done')
    expect(doc.commune).toMatchObject({ id: people.communeA.id })
    expect(doc.updatedBy).toMatchObject({ id: people['member A'].id })
  })

  it('are shared by the commune and invisible to other communes', async () => {
    const validator = await payload.find({
      collection: 'checklist-progress',
      where: { guide: { equals: guideId } },
      user: await as('validator A'),
      overrideAccess: false,
    })
    expect(validator.docs.map((d) => d.itemKey)).toEqual(['copie-hors-ligne'])
    const other = await payload.find({
      collection: 'checklist-progress',
      where: { guide: { equals: guideId } },
      user: await as('member B'),
      overrideAccess: false,
    })
    expect(other.docs).toEqual([])
  })

  it('cannot be written for another commune', async () => {
    await expect(answer('member B', 'test-restauration', 'done', people.communeA.id)).rejects.toMatchObject({ status: 403 })
    const [answerOfA] = (await payload.find({ collection: 'checklist-progress', where: { commune: { equals: people.communeA.id } } })).docs
    await expect(
      payload.update({
        collection: 'checklist-progress',
        id: answerOfA!.id,
        data: { state: 'todo' },
        user: await as('member B'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: 'checklist-progress', id: answerOfA!.id })).state).toBe('done')
  })

  it('are refused for a member without a commune', async () => {
    await expect(answer('cotec', 'contrat', 'done')).rejects.toMatchObject({ status: 403 })
  })

  it('refuse an unknown item or state with a French message, and change nothing', async () => {
    const before = (await payload.count({ collection: 'checklist-progress' })).totalDocs
    const unknownItem = await answer('member A', 'pas-dans-la-liste', 'done').catch((e) => e)
    expect(unknownItem.status).toBe(400)
    expect(unknownItem.data.errors[0].message).toBe('L’action « pas-dans-la-liste » ne fait pas partie de la checklist de ce guide.')
    const badState = await answer('member A', 'contrat', 'peut-être').catch((e) => e)
    expect(badState.status).toBe(400)
    expect(JSON.stringify(badState.data.errors)).toMatch(/state/)
    expect((await payload.count({ collection: 'checklist-progress' })).totalDocs).toBe(before)
  })

  it('refuse a second answer for the same item (the commune updates its answer instead)', async () => {
    await expect(answer('validator A', 'copie-hors-ligne', 'partial')).rejects.toMatchObject({ status: 400 })
  })

  it('roll up per guide and item for coordinators, with the communes that have not started', async () => {
    await answer('member A', 'test-restauration', 'partial')
    await answer('member B', 'copie-hors-ligne', 'na')
    await answer('member B', 'contrat', 'todo')
    const { communes, guides: rollup } = await checklistRollup(payload, await as('coordinator'))
    const guide = rollup.find((g) => g.id === guideId)!
    const counts = Object.fromEntries(guide.items.map((item) => [item.key, item.counts]))
    expect(counts['copie-hors-ligne']).toEqual({ done: 1, partial: 0, todo: 0, na: 1, none: communes - 2 })
    expect(counts['test-restauration']).toEqual({ done: 0, partial: 1, todo: 0, na: 0, none: communes - 1 })
    expect(counts['contrat']).toEqual({ done: 0, partial: 0, todo: 1, na: 0, none: communes - 1 })
    expect(guide.notStarted).toHaveLength(communes - 2)
    expect(guide.notStarted).not.toContain(people.communeA.name)
    expect(guide.notStarted).toContain('Vex')

    const csv = rollupCsv([guide])
    expect(csv.startsWith('\uFEFF"Guide";"Action";"Fait"')).toBe(true)
    expect(csv).toContain(`"Guide checklist-kb";"Garder une copie hors ligne";"1";"0";"0";"1";"${communes - 2}"`)

    // A German reader's export: the headers in German, the guides' own words as their editors wrote them.
    const german = rollupCsv([guide], 'de')
    expect(
      german.startsWith('\uFEFF"Leitfaden";"Massnahme";"Erledigt";"Teilweise";"Nicht erledigt";"Nicht zutreffend";"Keine Antwort"'),
    ).toBe(true)
    expect(german).toContain(`"Guide checklist-kb";"Garder une copie hors ligne";"1";"0";"0";"1";"${communes - 2}"`)
  })

  it('roll up only the member’s own commune when a member asks', async () => {
    const { guides: rollup } = await checklistRollup(payload, await as('member B'))
    const guide = rollup.find((g) => g.id === guideId)!
    const total = guide.items.reduce((sum, item) => sum + item.counts.done + item.counts.partial + item.counts.todo + item.counts.na, 0)
    expect(total).toBe(2) // Martigny's two answers, nothing of Sion
  })
})

describe('review reminders', () => {
  it('e-mail the owner of an overdue guide once per revision, through the jobs queue', async () => {
    const owner = people.coordinator
    const guide = await payload.create({
      collection: 'guides',
      data: guideData('a-relire', { owner: owner.id, lastReviewedAt: '2024-03-01T00:00:00.000Z', reviewIntervalMonths: 12 }),
      draft: false,
    })
    const toOwner = (m: { subject?: string }) => m.subject === 'Relais : le guide « Guide a-relire » est à relire'

    await payload.jobs.queue({ task: 'guideReviewReminders', input: {} })
    await payload.jobs.run()
    const mail = await mailbox.waitFor(toOwner)
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(owner.email)
    expect(mail.html).toContain('/guides/a-relire')
    expect(mail.html).toContain('1 mars 2025')

    expect(await sendGuideReviewReminders(payload)).toBe(0)
    expect(mailbox.messages.filter(toOwner)).toHaveLength(1)

    // Reviewed again, and due again later: a new reminder for the new revision.
    await payload.update({ collection: 'guides', id: guide.id, data: { lastReviewedAt: '2025-01-15T00:00:00.000Z' } })
    expect(await sendGuideReviewReminders(payload)).toBe(1)
    expect(await sendGuideReviewReminders(payload)).toBe(0)
  })

  it('do not bother owners of guides that are up to date', async () => {
    await payload.create({
      collection: 'guides',
      data: guideData('a-jour', { owner: people.admin.id, lastReviewedAt: new Date().toISOString() }),
      draft: false,
    })
    await sendGuideReviewReminders(payload)
    expect(mailbox.messages.some((m) => m.subject?.includes('Guide a-jour'))).toBe(false)
  })
})
