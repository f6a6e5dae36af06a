/**
 * Contracts and the commune's digital register over real HTTP, SMTP and PostgreSQL: the notice deadline and the
 * reminder sent once to the right commune, the checklist's score and gaps, privacy between communes on every
 * path (REST, GraphQL, pages, search), and bad input refused in French with nothing written. Also the templates'
 * Word documents, filled in with the commune's name and the référent of its register for a member of that commune.
 */
import mammoth from 'mammoth'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assessContract } from '@/contracts/assessment'
import { sendContractNoticeReminders } from '@/contracts/noticeReminders'
import { attachment } from '@/http/attachment'
import { providerName } from '@/providers/names'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, actorNames, createPeople, createUser, PASSWORD, type People, type Person } from '@tests/helpers/people'
import { providerId, providerNamed } from '@tests/helpers/providers'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let server: RunningServer
let mailbox: Mailbox
let referentA: Person
let referentB: Person
const as = {} as Record<ActorName | 'referent A', Client>
let criteria: { id: number; key: string; title: string; advice: string }[]

const count = async (collection: 'contracts' | 'digital-decisions' | 'digital-incidents' | 'commune-registers') =>
  (await payload.count({ collection })).totalDocs
/** A page's HTML without React's text separators, so that "de <!-- -->Sion" reads "de Sion". */
const html = async (who: Client, path: string) => String((await who.request('GET', path)).json.raw).replaceAll('<!-- -->', '')
const noticeMails = (email: string) =>
  mailbox.messages.filter((m) => JSON.stringify(m.to).includes(email) && /^Relais : résiliation possible/.test(m.subject ?? ''))

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload(mailbox.env))
  people = await createPeople(payload, 'contracts')
  referentA = await createUser(payload, {
    email: 'referent.a@test.local',
    name: 'Rémi Référent',
    roles: ['member'],
    commune: people.communeA.id,
    communeReferent: true,
  })
  referentB = await createUser(payload, {
    email: 'referent.b@test.local',
    name: 'Rita Référente',
    roles: ['member'],
    commune: people.communeB.id,
    communeReferent: true,
  })
  criteria = (await payload.find({ collection: 'contract-criteria', sort: 'position', limit: 0, pagination: false })).docs
  server = await startServer(databaseUrl, mailbox.env)
  for (const name of actorNames) as[name] = client(server.url, await loginToken(server.url, people[name].email, PASSWORD))
  as['referent A'] = client(server.url, await loginToken(server.url, referentA.email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
  await mailbox?.stop()
})

describe('the notice deadline and the score', () => {
  it('scores yes 1 and partly ½ over the applicable points, and lists gaps in the checklist’s order with their advice', () => {
    const [a, b, c, d, e] = criteria
    const result = assessContract(criteria.slice(0, 5), [
      { criterion: e!.id, answer: 'non' },
      { criterion: a!.id, answer: 'oui' },
      { criterion: b!.id, answer: 'partiel', note: 'à vérifier' },
      { criterion: c!.id, answer: 'sans-objet' },
    ])
    expect(result.applicable).toBe(4)
    expect(result.score).toBe(38) // (1 + 0.5) / 4
    expect(result.gaps.map((g) => [g.criterion.key, g.answer])).toEqual([
      [b!.key, 'partiel'],
      [e!.key, 'non'],
    ])
    expect(result.gaps[0]!.criterion.advice).toBe(b!.advice)
    expect(result.unanswered.map((u) => u.key)).toEqual([d!.key])
    expect(assessContract(criteria, []).score).toBeNull()
  })

  it('a référent records a contract over REST: pinned to their commune, the deadline computed, the page shows score and gaps', async () => {
    const answers = criteria.map((c, i) => ({ criterion: c.id, answer: i < 2 ? 'non' : 'oui' }))
    const { status, json } = await as['referent A'].request('POST', '/api/contracts', {
      provider: await providerId(payload, 'Prestataire Arolle SA'),
      service: 'Gestion des salaires',
      startDate: '2020-01-01',
      termEndsOn: '2027-12-31',
      noticeMonths: 6,
      answers,
      noticeDeadline: '2030-01-01', // computed, never typed: ignored
      commune: people.communeA.id,
    })
    expect(status, JSON.stringify(json)).toBe(201)
    expect(json.doc).toMatchObject({
      commune: expect.objectContaining({ id: people.communeA.id }),
      noticeDeadline: '2027-06-30T12:00:00.000Z',
      recordedByName: 'Rémi Référent',
    })
    const page = await html(as['member A'], `/contrats/${json.doc.id}`)
    expect(page).toContain('2 lacunes')
    expect(page).toContain(criteria[0]!.advice)
    expect(page).toContain('30 juin 2027')
    expect(page).not.toContain('Enregistrer les réponses') // only the secretary and the référent edit
  })
})

describe('the notice reminder', () => {
  const now = new Date('2026-11-23T08:00:00Z')
  const createFor = async (commune: number, service: string, termEndsOn: string, noticeMonths: number) =>
    (
      await payload.create({
        collection: 'contracts',
        data: { commune, provider: providerNamed('Rappel SA'), service, termEndsOn, noticeMonths },
      })
    ).id

  it('goes once to the référents of the contract’s commune only, 90 days before the deadline, and again for a new deadline', async () => {
    await payload.create({
      collection: 'commune-registers',
      data: {
        commune: people.communeA.id,
        referentName: 'Régine Registre',
        referentFunction: 'executif',
        referentEmail: 'registre.a@test.local',
      },
    })
    const soon = await createFor(people.communeA.id, 'Messagerie', '2027-04-30', 3) // deadline 30 Jan 2027: 68 days
    await createFor(people.communeA.id, 'Site internet', '2027-12-31', 3) // deadline 30 Sept 2027: too early
    await createFor(people.communeA.id, 'Téléphonie', '2026-12-31', 3) // deadline 30 Sept 2026: passed
    await createFor(people.communeB.id, 'Archivage', '2028-12-31', 12) // commune B, deadline 31 Dec 2027

    expect(await sendContractNoticeReminders(payload, now)).toBe(1)
    const [mail] = await mailbox.waitFor((m) => /Messagerie/.test(m.subject ?? '')).then((m) => [m])
    expect(mail!.subject).toBe('Relais : résiliation possible jusqu’au 30 janvier 2027 — Messagerie')
    expect(JSON.stringify(mail!.to)).toContain('registre.a@test.local')
    expect(JSON.stringify(mail!.to)).toContain(referentA.email)
    expect(JSON.stringify(mail!.to)).not.toContain(referentB.email)
    expect(mail!.text ?? mail!.html).toContain('dans 68 jours')
    expect(await sendContractNoticeReminders(payload, now)).toBe(0)
    expect(await sendContractNoticeReminders(payload, new Date('2026-12-01T08:00:00Z'))).toBe(0)

    // A longer notice period moves the deadline: a new reminder, once.
    await payload.update({ collection: 'contracts', id: soon, data: { noticeMonths: 4 } })
    expect(await sendContractNoticeReminders(payload, now)).toBe(1)
    expect(await sendContractNoticeReminders(payload, now)).toBe(0)
    expect(noticeMails(referentB.email)).toHaveLength(0)
    expect(noticeMails(people['member A'].email)).toHaveLength(0)
  })

  it('falls back to the municipal secretary when the commune has no référent', async () => {
    await createFor(people.communeB.id, 'Contrôle des habitants', '2027-03-31', 2) // deadline 31 Jan 2027
    await payload.update({ collection: 'users', id: referentB.id, data: { communeReferent: false } })
    const validatorB = await createUser(payload, {
      email: 'validator.b@test.local',
      name: 'Victor B',
      roles: ['member'],
      commune: people.communeB.id,
      communeValidator: true,
    })
    expect(await sendContractNoticeReminders(payload, now)).toBe(1)
    const mail = await mailbox.waitFor((m) => /Contrôle des habitants/.test(m.subject ?? ''))
    expect((mail.to as unknown as { value: { address: string }[] }).value.map((to) => to.address)).toEqual([validatorB.email])
  })
})

describe('the register stays within the commune', () => {
  let ids: { contract: number; decision: number; incident: number; register: number }

  beforeAll(async () => {
    const decision = await as['validator A'].request('POST', '/api/digital-decisions', {
      decidedOn: '2026-10-05',
      subject: 'Logiciel Quintefeuille',
      reason: 'Motif Quintefeuille.',
      risks: 'Risque Quintefeuille.',
      decidedBy: 'executif',
    })
    const incident = await as['validator A'].request('POST', '/api/digital-incidents', {
      occurredOn: '2026-10-12',
      summary: 'Panne Ombrelune.',
      impact: 'Guichet fermé.',
      actions: 'Prestataire appelé.',
      executiveInformed: true,
    })
    const contract = await as['validator A'].request('POST', '/api/contracts', {
      provider: await providerId(payload, 'Fournisseur Vergelune'),
      service: 'Sauvegardes Vergelune',
    })
    expect([decision.status, incident.status, contract.status]).toEqual([201, 201, 201])
    const register = (await payload.find({ collection: 'commune-registers', where: { commune: { equals: people.communeA.id } } })).docs[0]!
    ids = { contract: contract.json.doc.id, decision: decision.json.doc.id, incident: incident.json.doc.id, register: register.id }
  })

  it('commune B reads none of it over REST, GraphQL, pages or search; commune A and the coordination do', async () => {
    const paths = [
      `/api/contracts/${ids.contract}`,
      `/api/digital-decisions/${ids.decision}`,
      `/api/digital-incidents/${ids.incident}`,
      `/api/commune-registers/${ids.register}`,
    ]
    for (const path of paths) {
      expect((await as['member B'].request('GET', path)).status, path).toBe(404)
      expect((await as['member A'].request('GET', path)).status, path).toBe(200)
      expect((await as.coordinator.request('GET', path)).status, path).toBe(200)
      expect((await as.cotec.request('GET', path)).status, path).toBe(403) // no commune: refused outright
    }
    for (const collection of ['contracts', 'digital-decisions', 'digital-incidents', 'commune-registers']) {
      const list = await as['member B'].request('GET', `/api/${collection}?limit=100`)
      expect(
        list.json.docs.every((d: { commune: { id: number } }) => d.commune.id === people.communeB.id),
        collection,
      ).toBe(true)
      const filtered = await as['member B'].request('GET', `/api/${collection}?where[commune][equals]=${people.communeA.id}`)
      expect(filtered.json.totalDocs, collection).toBe(0)
    }
    const graphql = await as['member B'].request('POST', '/api/graphql', {
      query:
        '{ Contracts { docs { service } } DigitalDecisions { docs { subject } } DigitalIncidents { docs { summary } } CommuneRegisters { docs { referentName } } }',
    })
    expect(JSON.stringify(graphql.json)).not.toMatch(/Vergelune|Quintefeuille|Ombrelune|Régine/)
    expect(JSON.stringify(graphql.json.data.Contracts.docs)).toContain('Archivage')

    const pageB = await html(as['member B'], '/ma-commune')
    expect(pageB).toContain('Registre numérique de Martigny')
    expect(pageB).not.toMatch(/Vergelune|Quintefeuille|Ombrelune|Régine/)
    expect((await as['member B'].request('GET', `/ma-commune?commune=${people.communeA.id}`)).json.raw).not.toMatch(/Quintefeuille/)
    expect((await as['member B'].request('GET', `/contrats/${ids.contract}`)).status).toBe(404)
    expect(await html(as['member B'], '/contrats')).not.toMatch(/Vergelune|Gestion des salaires/)
    for (const q of ['Vergelune', 'Quintefeuille', 'Ombrelune'])
      expect((await as.coordinator.request('GET', `/api/search?q=${q}`)).json.total, q).toBe(0) // never indexed

    const pageA = await html(as['member A'], '/ma-commune')
    expect(pageA).toMatch(/Quintefeuille[\s\S]*Ombrelune[\s\S]*Sauvegardes Vergelune/)
    const staffA = await html(as.coordinator, `/ma-commune?commune=${people.communeA.id}`)
    expect(staffA).toContain('Registre numérique de Sion')
    expect(staffA).toContain('Quintefeuille')
  })

  it('commune B cannot write into A’s register, nor a member who is neither secretary nor référent', async () => {
    const before = await Promise.all([count('contracts'), count('digital-decisions'), count('digital-incidents')])
    const attempts = [
      await as['member B'].request('PATCH', `/api/contracts/${ids.contract}`, { provider: await providerId(payload, 'Pirate') }),
      await as['member B'].request('DELETE', `/api/digital-decisions/${ids.decision}`),
      await as['member B'].request('PATCH', `/api/digital-incidents/${ids.incident}`, { status: 'clos' }),
      await as['validator A'].request('POST', '/api/contracts', {
        provider: await providerId(payload, 'Ailleurs'),
        service: 'Chez B',
        commune: people.communeB.id,
      }),
      await as['member A'].request('POST', '/api/digital-decisions', {
        decidedOn: '2026-10-05',
        subject: 'Non',
        reason: 'Non.',
        risks: 'Non.',
        decidedBy: 'executif',
      }),
      await as['member A'].request('PATCH', `/api/contracts/${ids.contract}`, { provider: await providerId(payload, 'Pirate') }),
    ]
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403, 403, 403])
    expect(await Promise.all([count('contracts'), count('digital-decisions'), count('digital-incidents')])).toEqual(before)
    expect(providerName((await payload.findByID({ collection: 'contracts', id: ids.contract, depth: 1 })).provider)).toBe(
      'Fournisseur Vergelune',
    )
  })
})

describe('bad input', () => {
  it('is refused with a French message and writes nothing', async () => {
    const before = await Promise.all([
      count('contracts'),
      count('digital-decisions'),
      count('digital-incidents'),
      count('commune-registers'),
    ])
    const x = await providerId(payload, 'X')
    const cases: [string, string, unknown, RegExp][] = [
      [
        '/api/contracts',
        'answers',
        { provider: x, service: 'Y', answers: [{ criterion: 999999, answer: 'oui' }] },
        /Point de contrôle inconnu/,
      ],
      [
        '/api/contracts',
        'answers',
        {
          provider: x,
          service: 'Y',
          answers: [
            { criterion: criteria[0]!.id, answer: 'oui' },
            { criterion: criteria[0]!.id, answer: 'non' },
          ],
        },
        /qu’une réponse/,
      ],
      [
        '/api/contracts',
        'termEndsOn',
        { provider: x, service: 'Y', startDate: '2027-01-01', termEndsOn: '2026-01-01' },
        /L’échéance doit suivre le début/,
      ],
      ['/api/contracts', 'noticeMonths', { provider: x, service: 'Y', noticeMonths: 99 }, /36/],
      ['/api/contracts', 'provider', { service: 'Y' }, /./],
      ['/api/contracts', 'colour', { provider: x, service: 'Y', colour: 'bleu' }, /Champ inconnu/],
      ['/api/digital-decisions', 'decidedOn', { decidedOn: 'hier', subject: 'S', reason: 'R', risks: 'R', decidedBy: 'executif' }, /./],
      [
        '/api/digital-decisions',
        'decidedBy',
        { decidedOn: '2026-10-01', subject: 'S', reason: 'R', risks: 'R', decidedBy: 'le-prestataire' },
        /./,
      ],
      ['/api/digital-incidents', 'summary', { occurredOn: '2026-10-01', summary: 'x'.repeat(5000), impact: 'I', actions: 'A' }, /./],
      [
        '/api/commune-registers',
        'referentEmail',
        { referentName: 'N', referentFunction: 'secretaire', referentEmail: 'pas-une-adresse' },
        /./,
      ],
      [
        '/api/commune-registers',
        'commune',
        { referentName: 'Deuxième', referentFunction: 'secretaire', referentEmail: 'deux@test.local' },
        /./,
      ],
    ]
    for (const [path, field, body, message] of cases) {
      const { status, json } = await as['validator A'].request('POST', path, body)
      expect(status, `${path} ${field}: ${JSON.stringify(json)}`).toBe(400)
      const text = JSON.stringify(json)
      expect(text, field).toMatch(message)
      expect(text, `${field} in French`).not.toMatch(/\b(is required|invalid|must be|This field)\b/i)
    }
    expect(
      await Promise.all([count('contracts'), count('digital-decisions'), count('digital-incidents'), count('commune-registers')]),
    ).toEqual(before)
  })
})

describe('templates as Word documents, filled in for the commune of the person who downloads', () => {
  const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  /** Downloads a template as `who` (null: anonymous) and reads its text with mammoth, which shares no code with the writer. */
  const download = async (who: ActorName | null, path: string) => {
    const token = who ? await loginToken(server.url, people[who].email, PASSWORD) : null
    const response = await fetch(`${server.url}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {}, redirect: 'manual' })
    const body = Buffer.from(await response.arrayBuffer())
    const isDocx = response.headers.get('content-type') === docxType
    const text = isDocx ? (await mammoth.extractRawText({ buffer: body })).value : body.toString('utf8')
    return { status: response.status, headers: response.headers, text, isDocx }
  }

  beforeAll(async () => {
    // Commune A's register names its référent (the notice reminder above may already have created it).
    const { totalDocs } = await payload.count({ collection: 'commune-registers', where: { commune: { equals: people.communeA.id } } })
    if (!totalDocs)
      await payload.create({
        collection: 'commune-registers',
        data: {
          commune: people.communeA.id,
          referentName: 'Régine Registre',
          referentFunction: 'executif',
          referentEmail: 'registre.a@test.local',
        },
      })
  })

  it('a member of A gets a .docx with A’s name and référent, the template’s content and not its « Mode d’emploi »', async () => {
    const register = (await payload.find({ collection: 'commune-registers', where: { commune: { equals: people.communeA.id } } })).docs[0]!
    const note = await download('member A', '/modeles/note-pilotage-numerique/telecharger')
    expect(note.status).toBe(200)
    expect(note.isDocx).toBe(true)
    expect(note.headers.get('content-disposition')).toBe(
      attachment(`Note interne : pilotage numérique communal – ${people.communeA.name}`, 'docx'),
    )
    expect(note.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.docx"; filename\*=UTF-8''/)
    expect(note.text).toContain(`Commune de ${people.communeA.name} — Note adoptée`)
    expect(note.text).toContain(`référent·e numérique communal·e : ${register.referentName}, `)
    expect(note.text).toContain('Principes de pilotage')
    expect(note.text).not.toContain('[nom de la commune]')
    expect(note.text).not.toContain(people.communeB.name)

    const strategy = await download('member A', '/modeles/strategie-numerique-communale/telecharger')
    expect(strategy.text).toContain(`Le conseil municipal de ${people.communeA.name} veut répondre`)
    expect(strategy.text).toContain('Vision et objectifs')
    expect(strategy.text).not.toContain('Mode d’emploi')
    expect(strategy.text).not.toContain('Grellingen')
    // The explanation stays on the page, with the download's new wording.
    const page = await html(as['member A'], '/modeles/strategie-numerique-communale')
    expect(page).toContain('Mode d’emploi')
    expect(page).toContain('Grellingen')
    expect(page).toContain('Télécharger le modèle (Word, .docx)')
    expect(page).not.toContain('.html')
  })

  it('a member of B gets B’s name; the commune comes from the account, never from the request', async () => {
    const b = await download('member B', '/modeles/note-pilotage-numerique/telecharger')
    expect(b.text).toContain(`Commune de ${people.communeB.name} — Note adoptée`)
    expect(b.text).not.toContain(people.communeA.name)
    expect(b.text).not.toContain('Régine Registre')
    const hostile = await download(
      'member A',
      `/modeles/note-pilotage-numerique/telecharger?commune=${people.communeB.id}&communeId=${people.communeB.id}`,
    )
    expect(hostile.text).toContain(`Commune de ${people.communeA.name} — Note adoptée`)
    expect(hostile.text).not.toContain(people.communeB.name)
  })

  it('a coordinator and a committee member without a commune get the placeholders; a visitor is refused', async () => {
    for (const who of ['coordinator', 'cotec'] as const) {
      const blank = await download(who, '/modeles/note-pilotage-numerique/telecharger')
      expect(blank.status, who).toBe(200)
      expect(blank.text, who).toContain('Commune de « [nom de la commune] »')
      expect(blank.text, who).toContain('« [prénom, nom, fonction] »')
      expect(blank.headers.get('content-disposition'), who).toBe(attachment('Note interne : pilotage numérique communal', 'docx'))
    }
    const anonymous = await download(null, '/modeles/note-pilotage-numerique/telecharger')
    expect(anonymous.status).toBe(401)
    expect(anonymous.isDocx).toBe(false)
    expect(anonymous.text).toMatch(/Connexion requise/)
  })
})
