/**
 * The access-matrix operations of the knowledge base (guides, checklist answers, templates, FAQ), media, the site's
 * settings, and search over guides and over entries private to a commune, a committee or coordinators (docs/access.md).
 */
import { expect } from 'vitest'

import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { searchDocument } from '@/search/document'
import { searchEngine } from '@/search/engine'
import { actorIndex, exists, found, type MatrixDomain, type Operations, payload, people, tookEffect, unique } from '@tests/helpers/matrix'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

let mediaId: number
let guideId: number
let draftGuideId: number
/** A published guide with a newer draft: its draft text must reach editors only. */
let revisedGuideId: number
const DRAFT_WORD = 'Passacaille'
let answerA: number
/** Files private to commune A and to commune B (checklist proofs). */
let proofA: { id: number; filename: string }
let proofB: number
let templateId: number
let faqId: number

const guideData = (slug: string) => ({
  title: `Guide ${slug}`,
  slug,
  theme: 'sauvegardes',
  audiences: ['personnel'],
  summary: 'Un guide de test.',
  lastReviewedAt: '2026-01-01',
  reviewIntervalMonths: 12,
  checklist: Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, label: `Action ${i}` })),
  // Its « À retenir » section is the guide's poster (/guides/<slug>/affiche.pdf).
  body: richTextFromBlocks([{ h2: 'À retenir' }, { ul: [`Réflexe ${slug}.`] }]),
  _status: 'published',
})

async function createPrivateMedia(commune: number) {
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'Preuve', commune },
    file: { data: PNG, mimetype: 'image/png', name: `preuve-${unique()}.png`, size: PNG.length },
  })
  return { id: doc.id, filename: doc.filename! }
}

async function createMedia(): Promise<number> {
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'Affiche' },
    file: { data: PNG, mimetype: 'image/png', name: `affiche-${unique()}.png`, size: PNG.length },
  })
  return doc.id
}

/** Index entries of each private audience (the collections that will produce them come with later issues). */
const privateEntries = {
  communeA: { q: 'Orsalune', url: '/prive/commune-a' },
  cotec: { q: 'Brumaire', url: '/prive/cotec' },
  coordinators: { q: 'Escarboucle', url: '/prive/coordination' },
}

async function fixtures() {
  mediaId = await createMedia()
  proofA = await createPrivateMedia(people.communeA.id)
  proofB = (await createPrivateMedia(people.communeB.id)).id
  guideId = (await payload.create({ collection: 'guides', data: guideData('matrice') as never, draft: false })).id
  draftGuideId = (
    await payload.create({ collection: 'guides', data: { ...guideData('brouillon'), _status: 'draft' } as never, draft: true })
  ).id
  revisedGuideId = (await payload.create({ collection: 'guides', data: guideData('revise') as never, draft: false })).id
  await payload.update({
    collection: 'guides',
    id: revisedGuideId,
    draft: true,
    data: { body: richTextFromBlocks([{ p: `Brouillon ${DRAFT_WORD}.` }]), _status: 'draft' } as never,
  })
  answerA = (
    await payload.create({
      collection: 'checklist-progress',
      data: { commune: people.communeA.id, guide: guideId, itemKey: 'k0', state: 'done' },
    })
  ).id
  templateId = (
    await payload.create({
      collection: 'templates',
      data: { title: 'Modèle', slug: 'modele-matrice', category: 'pilotage', description: 'Essai' },
    })
  ).id
  faqId = (
    await payload.create({
      collection: 'faqs',
      data: { question: 'Question de la grille ?', answer: richTextFromBlocks([{ p: 'Oui.' }]), theme: 'relais' },
    })
  ).id
}

async function indexed() {
  const entry = (docId: string, { q, url }: { q: string; url: string }, visibility: string) =>
    searchDocument({ collection: 'fixtures', docId, type: 'actualite', title: `Note ${q}`, text: `Contenu ${q}.`, url, visibility })
  await searchEngine(payload).upsert([
    entry('commune-a', privateEntries.communeA, `commune:${people.communeA.id}`),
    entry('cotec', privateEntries.cotec, 'committee:cotec'),
    entry('coordinators', privateEntries.coordinators, 'coordinators'),
  ])
}

/** A guide's poster, seen when the answer is a PDF (a visitor is redirected to the login page, which fetch follows). */
async function poster(as: Parameters<Operations[string]>[0]['as'], slug: string) {
  const { status, json } = await as.request('GET', `/guides/${slug}/affiche.pdf?format=A4`)
  const raw = String(json?.raw ?? '')
  return tookEffect(status, status === 200 && raw.startsWith('%PDF-') && raw.includes('/MediaBox'))
}

export const contentOperations: Operations = {
  'search | find a published guide': (ctx) => found(ctx, 'matrice', '/guides/matrice'),
  'search | find a draft guide': (ctx) => found(ctx, 'brouillon', '/guides/brouillon'),
  'search | find an entry private to commune A': (ctx) =>
    found(ctx, privateEntries.communeA.q, privateEntries.communeA.url, { only: true }),
  'search | find an entry of the COTEC': (ctx) => found(ctx, privateEntries.cotec.q, privateEntries.cotec.url, { only: true }),
  'search | find an entry for coordinators': (ctx) =>
    found(ctx, privateEntries.coordinators.q, privateEntries.coordinators.url, { only: true }),
  'media | read': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/media/${mediaId}`)
    return tookEffect(status, status === 200 && json.id === mediaId)
  },
  'media | create': async ({ as }) => {
    const alt = `Logo ${unique()}`
    const form = new FormData()
    form.append('file', new Blob([PNG], { type: 'image/png' }), `${alt}.png`)
    form.append('_payload', JSON.stringify({ alt }))
    const { status } = await as.request('POST', '/api/media', form)
    return tookEffect(status, (await payload.count({ collection: 'media', where: { alt: { equals: alt } } })).totalDocs === 1)
  },
  'media | read a file private to commune A (REST, GraphQL, file address)': async ({ as }) => {
    const [rest, listed, graph, file] = await Promise.all([
      as.request('GET', `/api/media/${proofA.id}`),
      as.request('GET', '/api/media?limit=200'),
      as.request('POST', '/api/graphql', { query: `{ Media(id: ${proofA.id}) { id filename } }` }),
      as.request('GET', `/api/media/file/${encodeURIComponent(proofA.filename)}`),
    ])
    const seen = [
      rest.status === 200 && rest.json?.id === proofA.id,
      (listed.json?.docs ?? []).some((doc: { id: number }) => doc.id === proofA.id),
      graph.json?.data?.Media?.id === proofA.id,
      file.status === 200,
    ]
    // All four agree: a reader sees the file everywhere or nowhere.
    expect(new Set(seen).size, `REST, list, GraphQL and file address disagree: ${seen}`).toBe(1)
    for (const { status } of [listed, graph]) tookEffect(status, false)
    tookEffect(file.status, seen[3]!)
    return tookEffect(rest.status, seen[0]!)
  },
  'media | create a file private to commune A (a checklist proof)': async ({ as }) => {
    const alt = `Preuve ${unique()}`
    const form = new FormData()
    form.append('file', new Blob([PNG], { type: 'image/png' }), `${alt}.png`)
    form.append('_payload', JSON.stringify({ alt, commune: people.communeA.id }))
    const { status } = await as.request('POST', '/api/media', form)
    return tookEffect(status, (await payload.count({ collection: 'media', where: { alt: { equals: alt } } })).totalDocs === 1)
  },
  'checklist-progress | attach a file of commune B as the proof of commune A’s answer': async ({ as }) => {
    const { status } = await as.request('PATCH', `/api/checklist-progress/${answerA}`, { proof: proofB })
    const answer = await payload.findByID({ collection: 'checklist-progress', id: answerA, depth: 0 })
    return tookEffect(status, answer.proof === proofB)
  },
  'media | update': async ({ as }) => {
    const alt = `Texte ${unique()}`
    const { status } = await as.request('PATCH', `/api/media/${mediaId}`, { alt })
    return tookEffect(status, (await payload.findByID({ collection: 'media', id: mediaId })).alt === alt)
  },
  'media | delete': async ({ as }) => {
    const media = await createMedia()
    const { status } = await as.request('DELETE', `/api/media/${media}`)
    return tookEffect(status, !(await exists('media', media)))
  },
  'site-settings | read': async ({ as }) => {
    const { status, json } = await as.request('GET', '/api/globals/site-settings')
    return tookEffect(status, status === 200 && json.organisationName === 'Antenne Région Valais romand')
  },
  'site-settings | update': async ({ as }) => {
    const contactEmail = `contact.${unique()}@test.local`
    const { status } = await as.request('POST', '/api/globals/site-settings', { contactEmail })
    return tookEffect(status, (await payload.findGlobal({ slug: 'site-settings' })).contactEmail === contactEmail)
  },
  'guides | read a published guide': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/guides/${guideId}`)
    return tookEffect(status, status === 200 && json.id === guideId)
  },
  'guides | read a draft guide': async ({ as }) => {
    const byId = await as.request('GET', `/api/guides/${draftGuideId}?draft=true`)
    const listed = await as.request('GET', '/api/guides?draft=true&limit=100')
    const seen =
      (byId.status === 200 && byId.json.id === draftGuideId) || (listed.json?.docs ?? []).some((d: { id: number }) => d.id === draftGuideId)
    tookEffect(listed.status, seen)
    return tookEffect(byId.status, seen)
  },
  'guides | preview the newer draft of a published guide (its page with ?apercu=1)': async ({ as }) => {
    const { status, json } = await as.request('GET', '/guides/revise?apercu=1')
    return tookEffect(status, status === 200 && String(json?.raw ?? '').includes(DRAFT_WORD))
  },
  'guides | read the newer draft of a published guide (REST and GraphQL, draft=true)': async ({ as }) => {
    const answers = await Promise.all([
      as.request('GET', `/api/guides/${revisedGuideId}?draft=true`),
      as.request('GET', '/api/guides?draft=true&where[slug][equals]=revise'),
      as.request('POST', '/api/graphql', { query: `{ Guide(id: ${revisedGuideId}, draft: true) { body } }` }),
      as.request('POST', '/api/graphql', { query: '{ Guides(draft: true, where: { slug: { equals: "revise" } }) { docs { body } } }' }),
    ])
    const seen = answers.some(({ json }) => JSON.stringify(json ?? '').includes(DRAFT_WORD))
    for (const { status } of answers) tookEffect(status, false)
    return tookEffect(answers[0]!.status, seen)
  },
  'guides | create': async ({ as }) => {
    const slug = `guide-${unique()}`
    const { status } = await as.request('POST', '/api/guides', guideData(slug))
    return tookEffect(status, (await payload.count({ collection: 'guides', where: { slug: { equals: slug } } })).totalDocs === 1)
  },
  'guides | update': async ({ as }) => {
    const summary = `Résumé ${unique()}`
    const { status } = await as.request('PATCH', `/api/guides/${guideId}`, { summary })
    return tookEffect(status, (await payload.findByID({ collection: 'guides', id: guideId })).summary === summary)
  },
  'guides | download the poster of a published guide (PDF)': async ({ as }) => poster(as, 'matrice'),
  'guides | download the poster of a draft guide (PDF)': async ({ as }) => poster(as, 'brouillon'),
  'guides | delete': async ({ as }) => {
    const guide = await payload.create({ collection: 'guides', data: guideData(`jetable-${unique()}`) as never, draft: false })
    const { status } = await as.request('DELETE', `/api/guides/${guide.id}`)
    return tookEffect(status, !(await exists('guides', guide.id)))
  },
  "checklist-progress | read commune A's answer": async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/checklist-progress/${answerA}`)
    const listed = await as.request('GET', '/api/checklist-progress?limit=100')
    const seenInList = (listed.json?.docs ?? []).some((d: { id: number }) => d.id === answerA)
    const seen = status === 200 && json.id === answerA
    expect(seenInList, 'the list and the document agree').toBe(seen)
    return tookEffect(status, seen)
  },
  'checklist-progress | answer for commune A': async ({ as, label }) => {
    const itemKey = `k${1 + actorIndex(label)}`
    const where = { and: [{ commune: { equals: people.communeA.id } }, { guide: { equals: guideId } }, { itemKey: { equals: itemKey } }] }
    await payload.delete({ collection: 'checklist-progress', where: where as never })
    const { status } = await as.request('POST', '/api/checklist-progress', {
      commune: people.communeA.id,
      guide: guideId,
      itemKey,
      state: 'done',
    })
    return tookEffect(status, (await payload.count({ collection: 'checklist-progress', where: where as never })).totalDocs === 1)
  },
  "checklist-progress | change commune A's answer": async ({ as }) => {
    const before = (await payload.findByID({ collection: 'checklist-progress', id: answerA })).state
    const state = before === 'done' ? 'partial' : 'done'
    const { status } = await as.request('PATCH', `/api/checklist-progress/${answerA}`, { state })
    return tookEffect(status, (await payload.findByID({ collection: 'checklist-progress', id: answerA })).state === state)
  },
  "checklist-progress | delete commune A's answer": async ({ as, label }) => {
    const answer = await payload.create({
      collection: 'checklist-progress',
      data: { commune: people.communeA.id, guide: guideId, itemKey: `k${10 + actorIndex(label)}`, state: 'todo' },
    })
    const { status } = await as.request('DELETE', `/api/checklist-progress/${answer.id}`)
    const gone = !(await exists('checklist-progress', answer.id))
    if (!gone) await payload.delete({ collection: 'checklist-progress', id: answer.id })
    return tookEffect(status, gone)
  },
  'templates | read': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/templates/${templateId}`)
    return tookEffect(status, status === 200 && json.id === templateId)
  },
  'templates | download as a Word document': async ({ as }) => {
    const { status, json } = await as.request('GET', '/modeles/modele-matrice/telecharger')
    // A .docx is a zip: its first bytes are « PK ».
    return tookEffect(status, status === 200 && String(json?.raw).startsWith('PK'))
  },
  'templates | create': async ({ as }) => {
    const slug = `modele-${unique()}`
    const { status } = await as.request('POST', '/api/templates', { title: 'Modèle', slug, category: 'pilotage', description: 'Essai' })
    return tookEffect(status, (await payload.count({ collection: 'templates', where: { slug: { equals: slug } } })).totalDocs === 1)
  },
  'templates | update': async ({ as }) => {
    const description = `Description ${unique()}`
    const { status } = await as.request('PATCH', `/api/templates/${templateId}`, { description })
    return tookEffect(status, (await payload.findByID({ collection: 'templates', id: templateId })).description === description)
  },
  'templates | delete': async ({ as }) => {
    const doc = await payload.create({
      collection: 'templates',
      data: { title: 'Jetable', slug: `jetable-${unique()}`, category: 'pilotage', description: 'x' },
    })
    const { status } = await as.request('DELETE', `/api/templates/${doc.id}`)
    return tookEffect(status, !(await exists('templates', doc.id)))
  },
  'faqs | read': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/faqs/${faqId}`)
    return tookEffect(status, status === 200 && json.id === faqId)
  },
  'faqs | create': async ({ as }) => {
    const question = `Question ${unique()} ?`
    const { status } = await as.request('POST', '/api/faqs', { question, answer: richTextFromBlocks([{ p: 'Réponse.' }]), theme: 'relais' })
    return tookEffect(status, (await payload.count({ collection: 'faqs', where: { question: { equals: question } } })).totalDocs === 1)
  },
  'faqs | update': async ({ as }) => {
    const question = `Question modifiée ${unique()} ?`
    const { status } = await as.request('PATCH', `/api/faqs/${faqId}`, { question })
    return tookEffect(status, (await payload.findByID({ collection: 'faqs', id: faqId })).question === question)
  },
  'faqs | delete': async ({ as }) => {
    const doc = await payload.create({
      collection: 'faqs',
      data: { question: `Jetable ${unique()} ?`, answer: richTextFromBlocks([{ p: 'x' }]), theme: 'relais' },
    })
    const { status } = await as.request('DELETE', `/api/faqs/${doc.id}`)
    return tookEffect(status, !(await exists('faqs', doc.id)))
  },
}

export const content: MatrixDomain = { operations: contentOperations, fixtures, indexed }
