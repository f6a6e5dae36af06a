/**
 * Shared incidents and regional alerts (issue 23, point 4) over real HTTP, SMTP and PostgreSQL: a commune shares an
 * incident from its log (anonymous by default), the coordination raises an alert from it, the alert is e-mailed
 * once to every commune's référents and secretaries and nobody else, it sits on members' home pages until their
 * commune has checked it, and no commune or committee learns which commune shared an incident, nor another
 * commune's note. Bad input is refused in French with nothing written.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendAlertMails } from '@/alerts/mail'
import { formIn, postForm } from '@tests/helpers/forms'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, actorNames, createPeople, createUser, PASSWORD, type People, type Person } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let server: RunningServer
let mailbox: Mailbox
let referentA: Person
let secretaryB: Person
let disabledSecretaryB: Person
const as = {} as Record<ActorName | 'referent A' | 'secretary B', Client>
const tokens = {} as Record<ActorName | 'referent A' | 'secretary B', string>

const url = (path: string) => `${server.url}${path}`
const cookie = (who: keyof typeof tokens) => `payload-token=${tokens[who]}`
/** A page's HTML without React's text separators, so that "de <!-- -->Sion" reads "de Sion". */
const html = async (who: keyof typeof as, path: string) => String((await as[who].request('GET', path)).json?.raw).replaceAll('<!-- -->', '')
const text = (answer: { html: string }) => answer.html.replaceAll('<!-- -->', '')
/** Sends the form of `path` that contains `marker`, as `who`, without JavaScript. */
async function submit(who: keyof typeof as, path: string, marker: string, fields: Record<string, string>) {
  const form = formIn(await html(who, path), marker)
  return postForm(url(path), form, fields, cookie(who))
}
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
const alertMails = (title: string) => mailbox.messages.filter((m) => (m.subject ?? '').includes(title))
const recipientsOf = (title: string) =>
  alertMails(title)
    .flatMap((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((to) => to?.value.map((v) => v.address?.toLowerCase())))
    .sort()

let incidentA: number

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload(mailbox.env))
  people = await createPeople(payload, 'alerts')
  referentA = await createUser(payload, {
    email: 'referent.a@test.local',
    name: 'Rémi Référent',
    roles: ['member'],
    commune: people.communeA.id,
    communeReferent: true,
  })
  secretaryB = await createUser(payload, {
    email: 'secretaire.b@test.local',
    name: 'Mathilde Secrétaire',
    roles: ['member'],
    commune: people.communeB.id,
    communeValidator: true,
  })
  disabledSecretaryB = await createUser(payload, {
    email: 'ancienne.secretaire.b@test.local',
    name: 'Ancienne Secrétaire',
    roles: ['member'],
    commune: people.communeB.id,
    communeValidator: true,
  })
  await payload.update({ collection: 'users', id: disabledSecretaryB.id, data: { disabled: true } })
  // The référent named in Sion's register has no account: the alert reaches them too. Written in capitals, mailed once.
  await payload.create({
    collection: 'commune-registers',
    data: {
      commune: people.communeA.id,
      referentName: 'Rémi Référent',
      referentFunction: 'secretaire',
      referentEmail: 'REFERENT.A@test.local',
    },
  })
  await payload.create({
    collection: 'commune-registers',
    data: {
      commune: people.communeB.id,
      referentName: 'Régis Externe',
      referentFunction: 'externe',
      referentEmail: 'regis.externe@test.local',
    },
  })
  incidentA = (
    await payload.create({
      collection: 'digital-incidents',
      data: {
        commune: people.communeA.id,
        occurredOn: '2026-11-02',
        summary: 'Un faux e-mail du fournisseur de logiciels demandait de changer l’IBAN.',
        impact: 'Aucun paiement parti.',
        actions: 'Le contrôle du changement d’IBAN par téléphone a arrêté la fraude.',
        status: 'clos',
      },
    })
  ).id
  server = await startServer(databaseUrl, mailbox.env)
  const logins: [keyof typeof as, string][] = [
    ...actorNames.map((name) => [name, people[name].email] as [ActorName, string]),
    ['referent A', referentA.email],
    ['secretary B', secretaryB.email],
  ]
  for (const [name, email] of logins) {
    tokens[name] = await loginToken(server.url, email, PASSWORD)
    as[name] = client(server.url, tokens[name])
  }
})
afterAll(async () => {
  await server?.stop()
  await mailbox?.stop()
})

let shared: number
let alert: number
const title = 'Fausses demandes de changement d’IBAN'

describe('sharing an incident', () => {
  it('a plain member of the commune gets no share form; another commune’s secretary cannot share its incident', async () => {
    expect((await as['member A'].request('GET', `/ma-commune/incidents/${incidentA}/partager`)).status).toBe(403)
    const page = await as['secretary B'].request('GET', `/ma-commune/incidents/${incidentA}/partager`)
    expect(page.status).toBe(404)
    expect(String(page.json?.raw)).not.toContain('IBAN')
  })

  it('the référent shares it from the register, anonymous by default; the log stays as it was', async () => {
    const register = await html('referent A', '/ma-commune')
    expect(register).toContain(`/ma-commune/incidents/${incidentA}/partager`)
    const page = await html('referent A', `/ma-commune/incidents/${incidentA}/partager`)
    // Prefilled from the log, to be edited before it leaves.
    expect(page).toContain('Le contrôle du changement d’IBAN par téléphone a arrêté la fraude.')
    const missing = await submit('referent A', `/ma-commune/incidents/${incidentA}/partager`, 'showCommune', {
      title: '',
      vector: 'nimporte',
    })
    expect(text(missing)).toContain('Donnez un titre court à l’incident partagé.')
    expect(text(missing)).toContain('Choisissez le vecteur de l’incident.')
    expect((await payload.count({ collection: 'shared-incidents' })).totalDocs).toBe(0)

    const fields = {
      title: 'Fraude au changement d’IBAN',
      summary: 'Un faux e-mail du fournisseur de logiciels demandait de changer l’IBAN.',
      vector: 'fraude-paiement',
      whatHelped: 'Le contrôle du changement d’IBAN par téléphone a arrêté la fraude.',
    }
    const answer = await submit('referent A', `/ma-commune/incidents/${incidentA}/partager`, 'showCommune', fields)
    expect(text(answer)).toContain('Incident partagé avec la coordination ARVr, sans le nom de votre commune.')
    const { docs } = await payload.find({ collection: 'shared-incidents', depth: 0 })
    expect(docs).toEqual([
      expect.objectContaining({
        commune: people.communeA.id,
        incident: incidentA,
        title: 'Fraude au changement d’IBAN',
        vector: 'fraude-paiement',
        showCommune: false,
        sharedByName: 'Rémi Référent',
      }),
    ])
    shared = docs[0]!.id
    expect(await html('referent A', '/ma-commune')).toContain('Partagé avec la région (sans le nom de la commune)')
    // Sent again, the form updates the same record.
    const update = await submit('referent A', `/ma-commune/incidents/${incidentA}/partager`, 'showCommune', {
      ...fields,
      whatHelped: 'Le rappel par téléphone.',
    })
    expect(text(update)).toContain('Le partage de l’incident est à jour.')
    expect((await payload.find({ collection: 'shared-incidents', depth: 0 })).docs.map((d) => [d.id, d.whatHelped])).toEqual([
      [shared, 'Le rappel par téléphone.'],
    ])
  })

  it('no other commune and no committee reads it, by REST, GraphQL or page; the coordination does', async () => {
    for (const who of ['member B', 'secretary B', 'cotec', 'copil'] as const) {
      // 404 for a member of another commune (a filtered read), 403 for someone with no commune to read at all.
      expect([403, 404], who).toContain((await as[who].request('GET', `/api/shared-incidents/${shared}`)).status)
      expect((await as[who].request('GET', '/api/shared-incidents')).json.docs ?? [], who).toEqual([])
      const graph = await as[who].request('POST', '/api/graphql', { query: '{ SharedIncidents { docs { id title commune { name } } } }' })
      expect(graph.json.data?.SharedIncidents?.docs ?? [], who).toEqual([])
      expect(await html(who, '/alertes'), who).not.toContain('Fraude au changement d’IBAN')
    }
    expect(await html('coordinator', '/alertes')).toMatch(
      /Fraude au changement d’IBAN[\s\S]*Sion[\s\S]*anonyme pour les communes et le COPIL/,
    )
  })
})

describe('raising an alert', () => {
  it('only the coordination raises one; bad input is refused in French, nothing written', async () => {
    expect(
      (await as['validator A'].request('POST', '/api/regional-alerts', { title: 'x', whatToCheck: 'x', expiresOn: inDays(3) })).status,
    ).toBe(403)
    const bad = await as.coordinator.request('POST', '/api/regional-alerts', {
      title: 'x',
      whatToCheck: 'x',
      expiresOn: inDays(3),
      severity: 'apocalypse',
    })
    expect(bad.status).toBe(400)
    const past = await submit('coordinator', '/alertes', 'whatToCheck', {
      title,
      whatToCheck: 'Vérifier.',
      severity: 'critique',
      expiresOn: inDays(-1),
    })
    expect(text(past)).toContain('La date d’expiration est déjà passée.')
    const empty = await submit('coordinator', '/alertes', 'whatToCheck', {
      title: '',
      whatToCheck: '',
      severity: 'critique',
      expiresOn: 'demain',
    })
    expect(text(empty)).toContain('Indiquez le titre de l’alerte.')
    expect(text(empty)).toContain('La date d’expiration n’est pas une date valable.')
    expect((await payload.count({ collection: 'regional-alerts' })).totalDocs).toBe(0)
  })

  it('published, it is e-mailed once to every commune’s référents and secretaries, and to nobody else', async () => {
    const answer = await submit('coordinator', '/alertes', 'whatToCheck', {
      title,
      whatToCheck: 'Vérifiez que tout changement de coordonnées bancaires d’un fournisseur est confirmé par téléphone.',
      severity: 'critique',
      expiresOn: inDays(10),
      incidents: String(shared),
      publish: 'on',
    })
    expect(answer.status).toBe(303)
    alert = Number(/\/alertes\/(\d+)/.exec(answer.location ?? '')![1])
    expect((await payload.findByID({ collection: 'regional-alerts', id: alert, depth: 0 })).incidents).toEqual([shared])
    expect(alertMails(title)).toEqual([])

    await payload.jobs.run({ queue: 'mail', limit: 100 })
    const expected = [people['validator A'].email, referentA.email, secretaryB.email, 'regis.externe@test.local'].map((email) =>
      email.toLowerCase(),
    )
    expect(recipientsOf(title)).toEqual([...expected].sort())
    const mail = alertMails(title)[0]!
    expect(mail.subject).toBe(`Relais : alerte régionale (critique) — ${title}`)
    expect(mail.html).toContain(`/alertes/${alert}`)
    expect(mail.html).toContain('confirmé par téléphone')
    // The e-mail names no commune.
    expect(mail.html).not.toMatch(/Sion|Martigny/)

    // Saved again, run again, sent again by two instances at once: nothing more.
    expect(
      (await as.coordinator.request('PATCH', `/api/regional-alerts/${alert}`, { severity: 'critique', status: 'published' })).status,
    ).toBe(200)
    await payload.jobs.run({ queue: 'mail', limit: 100 })
    expect(await Promise.all([sendAlertMails(payload, alert), sendAlertMails(payload, alert)])).toEqual([0, 0])
    expect(recipientsOf(title)).toEqual([...expected].sort())
    expect((await payload.findByID({ collection: 'regional-alerts', id: alert, depth: 0 })).mailedTo).toBe(4)
  })

  it('two instances claiming a fresh alert at once send it once', async () => {
    const other = await payload.create({
      collection: 'regional-alerts',
      data: { title: 'Alerte concurrente', whatToCheck: 'Vérifier.', severity: 'information', expiresOn: inDays(2), status: 'published' },
    })
    const sent = await Promise.all([sendAlertMails(payload, other.id), sendAlertMails(payload, other.id)])
    expect([...sent].sort()).toEqual([0, 4])
    await payload.jobs.run({ queue: 'mail', limit: 100 })
    expect(alertMails('Alerte concurrente')).toHaveLength(4)
    await payload.delete({ collection: 'regional-alerts', id: other.id })
  })

  it('members read the alert, never the shared incidents behind it nor the commune that shared one', async () => {
    for (const who of ['member A', 'member B', 'secretary B', 'cotec', 'copil'] as const) {
      const rest = await as[who].request('GET', `/api/regional-alerts/${alert}?depth=2`)
      expect(rest.status, who).toBe(200)
      expect(rest.json.incidents, who).toBeUndefined()
      const graph = await as[who].request('POST', '/api/graphql', {
        query: `{ RegionalAlert(id: ${alert}) { title incidents { title commune { name } } } }`,
      })
      expect(JSON.stringify(graph.json.data ?? {}), who).not.toMatch(/Fraude au changement|Sion/)
      const page = await html(who, `/alertes/${alert}`)
      expect(page, who).toContain(title)
      expect(page, who).not.toContain('Fraude au changement d’IBAN')
      expect(page, who).not.toContain('Communes ayant vérifié')
    }
    // COPIL and Martigny's pages name no commune at all (Sion's own people see their commune's name in the header).
    for (const who of ['copil', 'member B'] as const) expect(await html(who, `/alertes/${alert}`), who).not.toContain('Sion')
  })
})

describe('« vérifié chez nous »', () => {
  it('the banner sits on every member’s home page until their commune has checked it', async () => {
    for (const who of ['member A', 'member B', 'secretary B', 'copil'] as const) expect(await html(who, '/'), who).toContain(title)
    expect(await html('coordinator', '/')).not.toContain('data-testid="alert-banner"')
  })

  it('a plain member cannot mark it; the secretary of Martigny does, once, with a note', async () => {
    expect(await html('member B', `/alertes/${alert}`)).not.toContain('Vérifié chez nous</button>')
    const refused = await as['member B'].request('POST', '/api/alert-acknowledgements', { alert, commune: people.communeB.id })
    expect(refused.status).toBe(403)
    const answer = await submit('secretary B', `/alertes/${alert}`, 'Vérifié chez nous', {
      note: 'Procédure de rappel en place depuis 2025.',
    })
    expect(text(answer)).toContain('Merci : l’alerte est marquée « vérifié chez nous » pour votre commune.')
    const again = await as['secretary B'].request('POST', '/api/alert-acknowledgements', { alert, commune: people.communeB.id })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    const rows = await payload.find({ collection: 'alert-acknowledgements', where: { alert: { equals: alert } }, depth: 0 })
    expect(rows.docs.map((d) => [d.commune, d.note, d.recordedByName])).toEqual([
      [people.communeB.id, 'Procédure de rappel en place depuis 2025.', 'Mathilde Secrétaire'],
    ])
    // Martigny's banner is gone; Sion's is still there.
    for (const who of ['member B', 'secretary B'] as const) expect(await html(who, '/'), who).not.toContain(title)
    expect(await html('member A', '/')).toContain(title)
    expect(await html('member B', `/alertes/${alert}`)).toContain('Procédure de rappel en place depuis 2025.')
  })

  it('no other commune reads Martigny’s note; the coordination sees Martigny checked and Sion not yet', async () => {
    for (const who of ['member A', 'validator A', 'referent A', 'cotec', 'copil'] as const) {
      expect(await html(who, `/alertes/${alert}`), who).not.toContain('Procédure de rappel')
      expect((await as[who].request('GET', '/api/alert-acknowledgements')).json.docs ?? [], who).toEqual([])
    }
    const page = await html('coordinator', `/alertes/${alert}`)
    const checked = /data-testid="checked-communes"[\s\S]*?<\/section>/.exec(page)![0]
    const unchecked = /data-testid="unchecked-communes"[\s\S]*?<p class="notes">([^<]*)<\/p>/.exec(page)![1]!.split(', ')
    expect(checked).toContain('>Martigny<')
    expect(checked).toContain('Procédure de rappel en place depuis 2025.')
    expect(checked).not.toContain('Sion')
    expect(unchecked).toContain('Sion')
    expect(unchecked).not.toContain('Martigny')
    expect(unchecked).toContain('Martigny-Combe')
  })

  it('an expired alert leaves the banner; a draft never shows', async () => {
    await payload.create({
      collection: 'regional-alerts',
      data: { title: 'Alerte expirée', whatToCheck: 'Vérifier.', severity: 'information', expiresOn: inDays(-1), status: 'published' },
    })
    await payload.create({
      collection: 'regional-alerts',
      data: { title: 'Alerte en brouillon', whatToCheck: 'Vérifier.', severity: 'information', expiresOn: inDays(5), status: 'draft' },
    })
    const home = await html('member A', '/')
    expect(home).not.toContain('Alerte expirée')
    expect(home).not.toContain('Alerte en brouillon')
    expect(await html('member A', '/alertes')).not.toContain('Alerte en brouillon')
    expect(await html('coordinator', '/alertes')).toContain('Alerte en brouillon')
  })
})

describe('hostile requests', () => {
  const written = async () =>
    Promise.all(
      (['shared-incidents', 'regional-alerts', 'alert-acknowledgements'] as const).map(
        async (collection) => (await payload.count({ collection })).totalDocs,
      ),
    )

  it('are refused with a 4xx and nothing changes', async () => {
    const before = await written()
    const snapshot = await payload.findByID({ collection: 'shared-incidents', id: shared, depth: 0 })
    const attempts: [keyof typeof as, string, string, unknown][] = [
      // Martigny's secretary shares Sion's incident, or names Sion.
      ['secretary B', 'POST', '/api/shared-incidents', { incident: incidentA, title: 'x', summary: 'x', vector: 'autre', whatHelped: 'x' }],
      [
        'secretary B',
        'POST',
        '/api/shared-incidents',
        { commune: people.communeA.id, title: 'x', summary: 'x', vector: 'autre', whatHelped: 'x' },
      ],
      // Sion's référent moves its shared incident to Martigny, or names the commune behind the form’s back via another record.
      ['referent A', 'PATCH', `/api/shared-incidents/${shared}`, { commune: people.communeB.id }],
      ['secretary B', 'PATCH', `/api/shared-incidents/${shared}`, { showCommune: true }],
      // Bookkeeping a client never writes: the mailing claim.
      ['coordinator', 'PATCH', `/api/regional-alerts/${alert}`, { mailedAt: null, mailedTo: 999 }],
      // Checks: an unknown alert, a draft, a second check, another commune's.
      ['secretary B', 'POST', '/api/alert-acknowledgements', { alert: 999_999 }],
      ['secretary B', 'POST', '/api/alert-acknowledgements', { alert: 'pas-un-numéro' }],
      ['secretary B', 'POST', '/api/alert-acknowledgements', { alert, commune: people.communeA.id }],
      ['validator A', 'POST', '/api/alert-acknowledgements', { alert, note: 'x'.repeat(5000) }],
      ['member A', 'PATCH', `/api/regional-alerts/${alert}`, { status: 'draft' }],
      ['copil', 'DELETE', `/api/regional-alerts/${alert}`, undefined],
    ]
    for (const [who, method, path, body] of attempts) {
      const { status, json } = await as[who].request(method, path, body)
      const label = `${who} ${method} ${path} ${JSON.stringify(body)?.slice(0, 80)}`
      if (path === `/api/regional-alerts/${alert}` && who === 'coordinator') expect(status, label).toBeLessThan(500)
      else {
        expect(status, label).toBeGreaterThanOrEqual(400)
        expect(status, label).toBeLessThan(500)
        expect(JSON.stringify(json), label).not.toMatch(/at .*\.js:\d+/)
      }
    }
    expect(await written()).toEqual(before)
    expect(await payload.findByID({ collection: 'shared-incidents', id: shared, depth: 0 })).toEqual(snapshot)
    const kept = await payload.findByID({ collection: 'regional-alerts', id: alert, depth: 0 })
    expect(kept.status).toBe('published')
    expect(kept.mailedAt).not.toBeNull()
    expect(kept.mailedTo).toBe(4)
  })

  it('the pages’ forms refuse the same in French', async () => {
    // A plain member posts the share form of their commune's incident; Sion's référent sends a made-up incident id.
    const form = formIn(await html('referent A', `/ma-commune/incidents/${incidentA}/partager`), 'showCommune')
    const fields = { title: 'x', summary: 'x', vector: 'autre', whatHelped: 'x' }
    const plain = await postForm(url(`/ma-commune/incidents/${incidentA}/partager`), form, fields, cookie('member A'))
    expect(text(plain)).toContain('Vous n’avez pas le droit de faire cette modification.')
    const unknown = await postForm(
      url(`/ma-commune/incidents/${incidentA}/partager`),
      form,
      { ...fields, incident: '999999' },
      cookie('referent A'),
    )
    expect(text(unknown)).toContain('Cet incident n’existe pas dans le journal de votre commune.')
    const other = await postForm(url(`/ma-commune/incidents/${incidentA}/partager`), form, fields, cookie('secretary B'))
    expect(text(other)).toContain('Cet incident n’existe pas dans le journal de votre commune.')
    // Martigny checks again through the page's form: refused, one row.
    const again = formIn(await html('referent A', `/alertes/${alert}`), 'Vérifié chez nous')
    const twice = await postForm(url(`/alertes/${alert}`), again, { note: 'Encore.' }, cookie('secretary B'))
    expect(text(twice)).toContain('Votre commune a déjà marqué cette alerte comme vérifiée.')
    expect((await payload.count({ collection: 'alert-acknowledgements', where: { alert: { equals: alert } } })).totalDocs).toBe(1)
  })
})
