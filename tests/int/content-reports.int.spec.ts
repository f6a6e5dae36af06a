/**
 * « Signaler un contenu à mettre à jour » and a guide's review history (issue 24) over real HTTP, SMTP and
 * PostgreSQL: a member reports a guide through its page without JavaScript, in their own name only; the guide's owner
 * is e-mailed once (even when two jobs run at once), a content without an owner reaches the coordinators; members
 * read only their own reports, an owner of another commune never learns who reported; the coordination (or the
 * owner) marks it handled and the reporter reads « traité » on the page; bad input is refused in French with a 4xx
 * and nothing stored; an account cannot flood. The guide's page shows who revised it, when, and what changed.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendReportMail } from '@/contentReports/mail'
import { REPORT_LIMITS } from '@/contentReports/vocabulary'
import { loadCoordinatorDashboard } from '@/dashboard/view'
import type { User } from '@/payload-types'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { formIn, postForm } from '@tests/helpers/forms'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, actorNames, createPeople, PASSWORD, type People } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let server: RunningServer
let mailbox: Mailbox
const as = {} as Record<ActorName, Client>
const tokens = {} as Record<ActorName, string>
const ids = { guide: 0, draft: 0, faq: 0, template: 0 }
const slug = 'sauvegardes-signalees'

const url = (path: string) => `${server.url}${path}`
const cookie = (who: ActorName) => `payload-token=${tokens[who]}`
/** A page's HTML without React's text separators. */
const html = async (who: ActorName, path: string) => String((await as[who].request('GET', path)).json?.raw).replaceAll('<!-- -->', '')
const text = (answer: { html: string }) => answer.html.replaceAll('<!-- -->', '')
const reports = (where: Record<string, unknown> = {}) =>
  payload.find({ collection: 'content-reports', where: where as never, depth: 0, limit: 0, pagination: false }).then((r) => r.docs)
const mailsAbout = (title: string) => mailbox.messages.filter((m) => (m.subject ?? '').includes(title))
const recipients = (title: string) =>
  mailsAbout(title)
    .flatMap((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((to) => to?.value.map((v) => v.address?.toLowerCase())))
    .sort()

async function report(who: ActorName, path: string, marker: string, fields: Record<string, string>) {
  const form = formIn(await html(who, path), marker)
  return postForm(url(path), form, fields, cookie(who))
}

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload(mailbox.env))
  people = await createPeople(payload, 'reports')
  const guide = (status: 'published' | 'draft', guideSlug: string, owner: number | null) =>
    payload.create({
      collection: 'guides',
      data: {
        title: status === 'published' ? 'Sauvegardes à vérifier' : 'Guide encore en brouillon',
        slug: guideSlug,
        theme: 'sauvegardes',
        audiences: ['personnel'],
        summary: 'Tester la restauration.',
        body: richTextFromBlocks([{ h2: 'Restaurer' }, { p: 'Testez la restauration une fois par an.' }]),
        lastReviewedAt: '2026-01-15',
        reviewIntervalMonths: 12,
        owner,
        changeNote: 'Première version du guide.',
        _status: status,
      },
      draft: status === 'draft',
    })
  // The guide's owner is a COTEC member without a commune: an owner who is not the coordination.
  ids.guide = (await guide('published', slug, people.cotec.id)).id
  ids.draft = (await guide('draft', 'brouillon-signale', people.cotec.id)).id
  ids.faq = (
    await payload.create({
      collection: 'faqs',
      data: {
        question: 'Qui remet à zéro mon mot de passe ?',
        answer: richTextFromBlocks([{ p: 'La secrétaire municipale.' }]),
        theme: 'relais',
      },
    })
  ).id
  ids.template = (
    await payload.create({
      collection: 'templates',
      data: { title: 'Note de pilotage à jour', slug: 'note-pilotage-signalee', category: 'pilotage', description: 'Un modèle.' },
    })
  ).id
  server = await startServer(databaseUrl, mailbox.env)
  for (const name of actorNames) {
    tokens[name] = await loginToken(server.url, people[name].email, PASSWORD)
    as[name] = client(server.url, tokens[name])
  }
})
afterAll(async () => {
  await server?.stop()
  await mailbox?.stop()
})

let reportId: number

describe('reporting a content', () => {
  it('a member reports a guide from its page without JavaScript: stored in their name and commune, the page says so', async () => {
    const answer = await report('member A', `/guides/${slug}`, 'name="kind" value="guides"', {
      message: 'Le lien vers le guide de la Confédération renvoie une erreur 404.',
      section: 'Restaurer',
    })
    expect(answer.status).toBe(200)
    expect(text(answer)).toContain('Merci : votre signalement est transmis au responsable du contenu.')
    const [stored, ...others] = await reports({ targetId: { equals: ids.guide } })
    expect(others).toEqual([])
    expect(stored).toMatchObject({
      targetKind: 'guides',
      targetTitle: 'Sauvegardes à vérifier',
      targetPath: `/guides/${slug}`,
      section: 'Restaurer',
      reporter: people['member A'].id,
      reporterName: people['member A'].name,
      reporterCommune: people.communeA.id,
      owner: people.cotec.id,
      status: 'ouvert',
    })
    reportId = stored!.id
    const page = await html('member A', `/guides/${slug}`)
    expect(page).toMatch(/Vous avez signalé ce contenu le \d+ \S+ \d{4} — en attente de traitement/)
    // Another member of the same commune sees the form, not A's report.
    expect(await html('validator A', `/guides/${slug}`)).not.toContain('Vous avez signalé ce contenu')
  })

  it('the FAQ and the templates carry the same control', async () => {
    // The FAQ lists every question: each links to its form rather than carrying one (a third of the page).
    const list = await html('member B', '/faq')
    expect(list).toContain(`href="/faq?question=${ids.faq}&amp;signaler=${ids.faq}#report-faqs-${ids.faq}"`)
    expect(list).not.toContain('name="message"')
    const faq = await report('member B', `/faq?signaler=${ids.faq}`, `name="id" value="${ids.faq}"`, {
      message: 'La réponse oublie les délégués.',
    })
    expect(text(faq)).toContain('Merci : votre signalement est transmis')
    const template = await report('member B', '/modeles/note-pilotage-signalee', 'name="kind" value="templates"', {
      message: 'Le modèle cite l’ancienne loi.',
    })
    expect(text(template)).toContain('Merci : votre signalement est transmis')
    const stored = await reports({ reporter: { equals: people['member B'].id } })
    expect(stored.map((r) => [r.targetKind, r.targetId, r.targetPath, r.owner ?? null]).sort()).toEqual(
      [
        ['faqs', ids.faq, `/faq?question=${ids.faq}#question-${ids.faq}`, null],
        ['templates', ids.template, '/modeles/note-pilotage-signalee', null],
      ].sort(),
    )
    expect(await html('member B', '/faq')).toContain('Vous avez signalé ce contenu le')
  })

  it('bad input is refused in French, a 4xx for the API, and nothing is stored', async () => {
    const before = (await reports()).length
    const empty = await report('member A', `/guides/${slug}`, 'name="kind" value="guides"', { message: '   ' })
    expect(text(empty)).toContain('Dites en quelques mots ce qui est à mettre à jour.')
    const long = await report('member A', `/guides/${slug}`, 'name="kind" value="guides"', { message: 'x'.repeat(1001) })
    expect(text(long)).toContain('Votre message dépasse 1')
    const kind = await report('member A', `/guides/${slug}`, 'name="kind" value="guides"', { message: 'Ok.', kind: 'users' })
    expect(text(kind)).toContain('Ce type de contenu ne peut pas être signalé.')

    const api = as['member A']
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ targetKind: 'guides', targetId: ids.guide }, /./],
      [{ targetKind: 'guides', targetId: ids.guide, message: 'x'.repeat(1001) }, /./],
      [{ targetKind: 'users', targetId: people['member B'].id, message: 'Ok.' }, /./],
      [{ targetKind: 'guides', targetId: 999_999, message: 'Ok.' }, /Ce contenu n’existe pas ou n’est pas publié\./],
      [{ targetKind: 'guides', targetId: ids.draft, message: 'Ok.' }, /Ce contenu n’existe pas ou n’est pas publié\./],
      [{ targetKind: 'guides', targetId: 'abc', message: 'Ok.' }, /./],
    ]
    for (const [body, message] of cases) {
      const { status, json } = await api.request('POST', '/api/content-reports', body)
      expect(status, JSON.stringify(body).slice(0, 80)).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
      const said = JSON.stringify(json)
      expect(said).toMatch(message)
      expect(said, 'a French message').not.toMatch(/is required|not valid|cannot|Unknown error|An unknown/i)
    }
    expect((await reports()).length).toBe(before)
  })

  it('a report in someone else’s name or commune is refused (403) and nothing is stored', async () => {
    const before = (await reports()).length
    const forged = await as['member A'].request('POST', '/api/content-reports', {
      targetKind: 'guides',
      targetId: ids.guide,
      message: 'Au nom de B.',
      reporter: people['member B'].id,
    })
    expect(forged.status).toBe(403)
    expect(JSON.stringify(forged.json)).toContain('qu’en votre propre nom')
    const otherCommune = await as['member A'].request('POST', '/api/content-reports', {
      targetKind: 'guides',
      targetId: ids.guide,
      message: 'Pour Martigny.',
      reporterCommune: people.communeB.id,
    })
    expect(otherCommune.status).toBe(403)
    const graph = await as['member A'].request('POST', '/api/graphql', {
      query: `mutation { createContentReport(data: { targetKind: guides, targetId: ${ids.guide}, message: "Par GraphQL.", reporter: ${people['member B'].id} }) { id } }`,
    })
    expect(graph.json?.data?.createContentReport ?? null).toBeNull()
    expect((await reports()).length).toBe(before)
  })

  it('members read only their own reports; the owner of another commune reads the report, never who made it', async () => {
    expect((await as['member B'].request('GET', `/api/content-reports/${reportId}`)).status).toBe(404)
    expect((await as['validator A'].request('GET', `/api/content-reports/${reportId}`)).status).toBe(404)
    const listB = await as['member B'].request('GET', '/api/content-reports?limit=100&depth=0')
    expect(listB.json.docs.every((doc: { reporter: number }) => doc.reporter === people['member B'].id)).toBe(true)
    const own = await as['member A'].request('GET', `/api/content-reports/${reportId}?depth=0`)
    expect(own.json.reporterName).toBe(people['member A'].name)
    const owner = await as.cotec.request('GET', `/api/content-reports/${reportId}?depth=0`)
    expect(owner.status).toBe(200)
    expect(owner.json.message).toContain('erreur 404')
    expect(owner.json.reporter).toBeUndefined()
    expect(owner.json.reporterName).toBeUndefined()
    expect(owner.json.reporterCommune).toBeUndefined()
    const probe = await as.cotec.request('GET', `/api/content-reports?where[reporterCommune][equals]=${people.communeA.id}`)
    expect(probe.json?.docs ?? []).toEqual([])
  })
})

describe('the owner is told', () => {
  it('once, by e-mail, even when the job’s work runs again on two instances at once; the e-mail names nobody', async () => {
    const title = 'Sauvegardes à vérifier'
    await payload.jobs.run({ queue: 'mail', limit: 100 })
    // The job's work run again, by two instances at once, and the queue run again: nothing more.
    expect(await Promise.all([sendReportMail(payload, reportId), sendReportMail(payload, reportId)])).toEqual([0, 0])
    await payload.jobs.run({ queue: 'mail', limit: 100 })
    expect(recipients(title)).toEqual([people.cotec.email.toLowerCase()])
    const mail = mailsAbout(title)[0]!
    expect(mail.subject).toBe(`Relais : contenu signalé à mettre à jour — Guide « ${title} »`)
    expect(mail.html).toContain('erreur 404')
    expect(mail.html).toContain(`/admin/collections/content-reports/${reportId}`)
    expect(mail.html).not.toContain(people['member A'].name)
    expect(mail.html).not.toMatch(/Sion/)
    // A content without an owner reaches every coordinator, once each.
    expect(recipients('Qui remet à zéro mon mot de passe ?')).toEqual([people.coordinator.email.toLowerCase()])
  })

  it('two instances claiming a fresh report at once send it once', async () => {
    const fresh = await payload.create({
      collection: 'content-reports',
      data: { targetKind: 'guides', targetId: ids.guide, message: 'Concurrent.', reporter: people['member B'].id, status: 'ouvert' },
    })
    const sent = await Promise.all([sendReportMail(payload, fresh.id), sendReportMail(payload, fresh.id)])
    expect([...sent].sort()).toEqual([0, 1])
    await payload.jobs.run({ queue: 'mail', limit: 100 })
    expect(mailbox.messages.filter((m) => m.html && String(m.html).includes('Concurrent.'))).toHaveLength(1)
    await payload.delete({ collection: 'content-reports', id: fresh.id })
  })
})

describe('handling a report', () => {
  it('the admin dashboard lists the open report with links to it and to the content', async () => {
    const coordinator = (await payload.findByID({ collection: 'users', id: people.coordinator.id })) as User
    const sections = await loadCoordinatorDashboard(payload, coordinator)
    const section = sections.find((s) => s.key === 'reports')!
    const item = section.items.find((i) => i.key === `report-${reportId}`)!
    expect(item).toMatchObject({
      title: 'Sauvegardes à vérifier',
      href: `/admin/collections/content-reports/${reportId}`,
      also: { label: 'Voir le contenu', href: `/guides/${slug}` },
    })
    expect(item.detail).toContain('partie : Restaurer')
    const admin = await as.coordinator.request('GET', '/admin')
    expect(String(admin.json?.raw)).toContain('Contenus signalés à mettre à jour')
  })

  it('the reporter cannot mark it handled; the coordination does, with a note the reporter reads on the page', async () => {
    const byReporter = await as['member A'].request('PATCH', `/api/content-reports/${reportId}`, { status: 'traite' })
    expect(byReporter.status).toBeGreaterThanOrEqual(400)
    expect((await payload.findByID({ collection: 'content-reports', id: reportId })).status).toBe('ouvert')

    const handled = await as.coordinator.request('PATCH', `/api/content-reports/${reportId}`, {
      status: 'traite',
      replyNote: 'Lien corrigé vers la nouvelle page de l’OFCS.',
      message: 'Réécrit par la coordination.',
    })
    expect(handled.status).toBe(200)
    const after = await payload.findByID({ collection: 'content-reports', id: reportId, depth: 0 })
    expect(after).toMatchObject({ status: 'traite', handledBy: people.coordinator.id, handledByName: people.coordinator.name })
    expect(after.handledAt).toBeTruthy()
    expect(after.message, 'the message never changes').toContain('erreur 404')
    const page = await html('member A', `/guides/${slug}`)
    expect(page).toMatch(/Vous avez signalé ce contenu le \d+ \S+ \d{4} — traité/)
    expect(page).toContain('Réponse : Lien corrigé vers la nouvelle page de l’OFCS.')
    const sections = await loadCoordinatorDashboard(
      payload,
      (await payload.findByID({ collection: 'users', id: people.coordinator.id })) as User,
    )
    expect(sections.find((s) => s.key === 'reports')!.items.some((i) => i.key === `report-${reportId}`)).toBe(false)
  })

  it('the owner marks a report on their guide handled over REST; a bad status is a French 400', async () => {
    const other = await payload.create({
      collection: 'content-reports',
      data: { targetKind: 'guides', targetId: ids.guide, message: 'Une action manque.', reporter: people['member B'].id, status: 'ouvert' },
    })
    const bad = await as.cotec.request('PATCH', `/api/content-reports/${other.id}`, { status: 'fini' })
    expect(bad.status).toBe(400)
    const done = await as.cotec.request('PATCH', `/api/content-reports/${other.id}`, { status: 'ecarte', replyNote: 'Déjà prévu.' })
    expect(done.status).toBe(200)
    expect((await payload.findByID({ collection: 'content-reports', id: other.id })).handledByName).toBe(people.cotec.name)
  })
})

describe('throttle', () => {
  it('an account sends a bounded number of reports an hour (429 in French), others are not held back', async () => {
    const max = REPORT_LIMITS[0]!.max
    const already = (await reports({ reporter: { equals: people.copil.id } })).length
    for (let i = already; i < max; i++) {
      const { status } = await as.copil.request('POST', '/api/content-reports', {
        targetKind: 'faqs',
        targetId: ids.faq,
        message: `N° ${i}`,
      })
      expect(status).toBe(201)
    }
    const over = await as.copil.request('POST', '/api/content-reports', { targetKind: 'faqs', targetId: ids.faq, message: 'Un de trop.' })
    expect(over.status).toBe(429)
    expect(JSON.stringify(over.json)).toContain('Vous avez envoyé beaucoup de signalements en peu de temps.')
    const form = await report('copil', `/faq?signaler=${ids.faq}`, `name="id" value="${ids.faq}"`, { message: 'Encore un.' })
    expect(text(form)).toContain('Vous avez envoyé beaucoup de signalements en peu de temps.')
    expect((await reports({ message: { in: ['Un de trop.', 'Encore un.'] } })).length).toBe(0)
    const other = await as.admin.request('POST', '/api/content-reports', {
      targetKind: 'faqs',
      targetId: ids.faq,
      message: 'Autre compte.',
    })
    expect(other.status).toBe(201)
  })
})

describe('review history of a guide', () => {
  it('shows who revised the guide, when, and what changed; a draft’s note stays with the editors', async () => {
    const revised = await as.coordinator.request('PATCH', `/api/guides/${ids.guide}`, {
      lastReviewedAt: '2026-11-20',
      changeNote: 'Ajout de l’action sur la copie hors ligne.',
      _status: 'published',
    })
    expect(revised.status).toBe(200)
    const draft = await as.coordinator.request('PATCH', `/api/guides/${ids.guide}?draft=true`, {
      changeNote: 'Note secrète du brouillon.',
      _status: 'draft',
    })
    expect(draft.status).toBe(200)
    const page = await html('member B', `/guides/${slug}`)
    expect(page).toContain('Historique des révisions')
    expect(page).toContain(`Relu le 20 novembre 2026</strong> par ${people.coordinator.name} — Ajout de l’action sur la copie hors ligne.`)
    expect(page).toContain('Relu le 15 janvier 2026</strong> — Première version du guide.')
    expect(page).not.toContain('Note secrète du brouillon.')
    expect(page.indexOf('20 novembre 2026')).toBeLessThan(page.indexOf('15 janvier 2026'))
  })
})
