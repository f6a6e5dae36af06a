/**
 * Every cell of docs/access.md, checked over real HTTP against the production build. Each operation reports
 * whether it took effect, judged by reading the database afterwards, never by the status code alone.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Pool } from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { currentPasswordProblem } from '../../src/auth/currentPassword'
import { seal } from '../../src/auth/totp/secretBox'
import { calendarToken } from '../../src/events/feeds'
import { idOf } from '../../src/fields/idOf'
import { richTextFromBlocks } from '../../src/richtext/fromBlocks'
import { searchDocument } from '../../src/search/document'
import { searchEngine } from '../../src/search/engine'
import { type Client, client, loginToken } from '../helpers/http'
import { readAccessMatrix } from '../helpers/matrix'
import { bootPayload } from '../helpers/payload'
import { cartographyFixtures, cartographyOperations } from './access/cartography'
import { sessionOperations } from './access/sessions'
import { actorNames, createPeople, createUser, PASSWORD, type People, type Person } from '../helpers/people'
import { type RunningServer, startServer } from '../helpers/server'

type Context = { as: Client; actor: Person | null; label: string }
type Operation = (ctx: Context) => Promise<boolean>

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

let payload: Payload
let server: RunningServer
let people: People
let employeeA: Person
let employeeB: Person
let mediaId: number
let guideId: number
let draftGuideId: number
let answerA: number
let templateId: number
let faqId: number
const requestOf: Record<'A' | 'B' | 'unconfirmed A', number> = { A: 0, B: 0, 'unconfirmed A': 0 }
let eventA: number
let cotecCommittee: number
const meetingOf = { planned: 0, convened: 0, held: 0, approved: 0 }
const itemOf = { planned: 0, public: 0, confidential: 0, held: 0, approved: 0 }
let actionOfA: number
const eventOf = { published: 0, draft: 0, registering: 0 }
let registrationOfA: number
const clients = new Map<string, Client>()
let sequence = 0
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`

/** A refused request is a 4xx, or a 2xx that leaves a protected field unchanged; never a 5xx. */
function tookEffect(status: number, happened: boolean): boolean {
  expect(status, 'server error').toBeLessThan(500)
  if (happened) expect(status, 'effect without a success status').toBeLessThan(300)
  return happened
}


async function disposableUser(): Promise<Person> {
  return createUser(payload, { email: `tmp.${unique()}@test.local`, name: 'Temporaire', roles: ['member'], commune: people.communeA.id })
}

// A second factor as enrolment leaves it (columns no API writes): its sealed secret must never come back out.
const SECOND_FACTOR_KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const poolOf = () => (payload.db as unknown as { pool: Pool }).pool
async function withSecondFactor(person: Person): Promise<Person & { sealed: string }> {
  const sealed = seal(SECOND_FACTOR_KEY, payload.secret)
  await poolOf().query('update users set totp_enabled = true, totp_secret = $1, totp_last_step = 1 where id = $2', [sealed, person.id])
  return { ...person, sealed }
}
const secondFactorOf = async (id: number) => (await poolOf().query('select totp_enabled from users where id = $1', [id])).rows[0]

const NEW_PASSWORD = 'une autre phrase de passe 17'
/** Whether `password` opens the account now (checked against the stored hash, not by logging in: no session; a
 * source of its own each time, so that no attempt limit is reached). */
const passwordIs = async (person: { id: number }, password: string) =>
  (await currentPasswordProblem(payload, person.id, password, `matrix-${unique()}`).then((problem) => problem === null))
/** Runs `check` on the actor's own account, then puts their password back without touching their sessions. */
async function keepingOwnPassword<T>(actor: Person, check: () => Promise<T>): Promise<T> {
  const { rows } = await poolOf().query('select hash, salt from users where id = $1', [actor.id])
  try {
    return await check()
  } finally {
    await poolOf().query('update users set hash = $1, salt = $2 where id = $3', [rows[0].hash, rows[0].salt, actor.id])
  }
}
/** An administrator of commune A (a validator of A sees them), thrown away after the cell. */
const disposableAdmin = () => createUser(payload, { email: `tmp.admin.${unique()}@test.local`, name: 'Admin Temporaire', roles: ['admin'], commune: people.communeA.id })
/** The reset link took effect when Payload stored a reset token for the account (and e-mailed it). */
async function resetLinkSent(as: Client, target: Person): Promise<boolean> {
  const { status } = await as.request('POST', `/api/users/${target.id}/reset-link`)
  const { rows } = await poolOf().query('select reset_password_token from users where id = $1', [target.id])
  await payload.delete({ collection: 'users', id: target.id })
  return tookEffect(status, Boolean(rows[0]?.reset_password_token))
}

const exists = async (collection: 'users' | 'communes' | 'media' | 'guides' | 'checklist-progress' | 'templates' | 'faqs' | 'account-requests' | 'measures', id: number) =>
  (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1

/**
 * Seen through search: in the results or the search box's suggestions; for a word only that entry holds
 * (`only`), even a count of results would give it away.
 */
async function found({ as }: Context, q: string, url: string, { only = false } = {}): Promise<boolean> {
  const results = await as.request('GET', `/api/search?q=${encodeURIComponent(q)}`)
  const suggestions = await as.request('GET', `/api/search/suggest?q=${encodeURIComponent(q)}`)
  const seen =
    (results.json?.hits ?? []).some((hit: { url: string }) => hit.url === url) ||
    (suggestions.json?.suggestions ?? []).some((hit: { url: string }) => hit.url === url) ||
    (only && (results.json?.total ?? 0) > 0)
  tookEffect(suggestions.status, seen)
  return tookEffect(results.status, seen)
}

/** Index entries of each private audience (the collections that will produce them come with later issues). */
const privateEntries = {
  communeA: { q: 'Orsalune', url: '/prive/commune-a' },
  cotec: { q: 'Brumaire', url: '/prive/cotec' },
  coordinators: { q: 'Escarboucle', url: '/prive/coordination' },
}

const measureNumbered = async (number: number) =>
  (await payload.find({ collection: 'measures', where: { number: { equals: number } }, depth: 0 })).docs[0]!

/** A pending proposal on measure 10 by the COTEC member (nobody decides their own, so it is never the actor's). */
async function pendingProposal(): Promise<number> {
  const measure = await measureNumbered(10)
  const cotec = await payload.findByID({ collection: 'users', id: people.cotec.id })
  const proposal = await payload.create({
    collection: 'priority-changes',
    data: { measure: measure.id, toPriority: measure.priority === 'A' ? 'B' : 'A', rationale: 'Proposition de la grille des accès.', status: 'pending' },
    user: cotec,
  })
  return proposal.id
}

const operations: Record<string, Operation> = {
  'measures | read': async ({ as }) => {
    const measure = await measureNumbered(1)
    const { status, json } = await as.request('GET', `/api/measures/${measure.id}`)
    return tookEffect(status, status === 200 && json.id === measure.id)
  },
  'measures | export the list (CSV, Excel)': async ({ as }) => {
    const csv = await as.request('GET', '/mesures/export?format=csv')
    const xlsx = await as.request('GET', '/mesures/export?format=xlsx')
    tookEffect(xlsx.status, xlsx.status === 200)
    return tookEffect(csv.status, csv.status === 200 && String(csv.json?.raw ?? '').includes('Organisation de tests de phishing'))
  },
  'measures | update status and progress': async ({ as }) => {
    const measure = await measureNumbered(2)
    const progress = (measure.progress + 7) % 100
    const { status } = await as.request('PATCH', `/api/measures/${measure.id}`, { progress, status: 'en-cours' })
    return tookEffect(status, (await measureNumbered(2)).progress === progress)
  },
  'measures | update the priority directly': async ({ as }) => {
    const measure = await measureNumbered(4)
    const priority = measure.priority === 'A' ? 'B' : 'A'
    const { status } = await as.request('PATCH', `/api/measures/${measure.id}`, { priority })
    return tookEffect(status, (await measureNumbered(4)).priority === priority)
  },
  'measures | update the strategy\'s text': async ({ as }) => {
    const measure = await measureNumbered(6)
    const deliverable = `Livrable ${unique()}`
    const { status } = await as.request('PATCH', `/api/measures/${measure.id}`, { deliverable })
    return tookEffect(status, (await measureNumbered(6)).deliverable === deliverable)
  },
  'measures | create': async ({ as }) => {
    const number = 100 + sequence++
    const { status } = await as.request('POST', '/api/measures', { number, title: 'Nouvelle mesure', axis: 'convergence-actions', priority: 'C', rank: number })
    return tookEffect(status, (await payload.count({ collection: 'measures', where: { number: { equals: number } } })).totalDocs === 1)
  },
  'measures | delete': async ({ as }) => {
    const number = 500 + sequence++
    const { id } = await payload.create({ collection: 'measures', data: { number, title: 'À supprimer', axis: 'convergence-actions', priority: 'C', rank: number, status: 'a-lancer', progress: 0 } })
    const { status } = await as.request('DELETE', `/api/measures/${id}`)
    return tookEffect(status, !(await exists('measures', id)))
  },
  'priority-changes | read': async ({ as }) => {
    const id = await pendingProposal()
    const { status, json } = await as.request('GET', `/api/priority-changes/${id}`)
    return tookEffect(status, status === 200 && json.id === id)
  },
  'priority-changes | propose': async ({ as }) => {
    const measure = await measureNumbered(8)
    const before = (await payload.count({ collection: 'priority-changes', where: { measure: { equals: measure.id } } })).totalDocs
    const { status } = await as.request('POST', '/api/priority-changes', { measure: measure.id, toRank: 1, rationale: 'Proposition de la grille des accès.' })
    return tookEffect(status, (await payload.count({ collection: 'priority-changes', where: { measure: { equals: measure.id } } })).totalDocs === before + 1)
  },
  'priority-changes | decide': async ({ as }) => {
    const id = await pendingProposal()
    const { status } = await as.request('POST', `/api/priority-changes/${id}/decision`, { decision: 'approved', comment: 'Grille', meeting: 'Comité de la grille' })
    return tookEffect(status, (await payload.findByID({ collection: 'priority-changes', id })).status === 'approved')
  },
  'priority-changes | edit a proposal': async ({ as }) => {
    const id = await pendingProposal()
    const rationale = `Réécrite ${unique()}`
    const { status } = await as.request('PATCH', `/api/priority-changes/${id}`, { rationale })
    return tookEffect(status, (await payload.findByID({ collection: 'priority-changes', id })).rationale === rationale)
  },
  'priority-changes | delete': async ({ as }) => {
    const id = await pendingProposal()
    const { status } = await as.request('DELETE', `/api/priority-changes/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'priority-changes', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'measure-updates | read': async ({ as }) => {
    const [entry] = (await payload.find({ collection: 'measure-updates', limit: 1, depth: 0 })).docs
    const { status, json } = await as.request('GET', `/api/measure-updates/${entry!.id}`)
    return tookEffect(status, status === 200 && json.id === entry!.id)
  },
  'measure-updates | write': async ({ as }) => {
    const [entry] = (await payload.find({ collection: 'measure-updates', limit: 1, depth: 0 })).docs
    const note = `Réécrite ${unique()}`
    const patched = await as.request('PATCH', `/api/measure-updates/${entry!.id}`, { note })
    const created = await as.request('POST', '/api/measure-updates', { measure: entry!.measure, field: 'status', to: 'realisee', note })
    const deleted = await as.request('DELETE', `/api/measure-updates/${entry!.id}`)
    tookEffect(created.status, false)
    tookEffect(deleted.status, false)
    const changed =
      (await payload.count({ collection: 'measure-updates', where: { note: { equals: note } } })).totalDocs > 0 ||
      (await payload.count({ collection: 'measure-updates', where: { id: { equals: entry!.id } } })).totalDocs === 0
    return tookEffect(patched.status, changed)
  },
  'search | find a published guide': (ctx) => found(ctx, 'matrice', '/guides/matrice'),
  'search | find a draft guide': (ctx) => found(ctx, 'brouillon', '/guides/brouillon'),
  'search | find an entry private to commune A': (ctx) => found(ctx, privateEntries.communeA.q, privateEntries.communeA.url, { only: true }),
  'search | find an entry of the COTEC': (ctx) => found(ctx, privateEntries.cotec.q, privateEntries.cotec.url, { only: true }),
  'search | find an entry for coordinators': (ctx) => found(ctx, privateEntries.coordinators.q, privateEntries.coordinators.url, { only: true }),
  'users | read own account': async ({ as, actor }) => {
    const id = actor?.id ?? people['member A'].id
    const { status, json } = await as.request('GET', `/api/users/${id}`)
    return tookEffect(status, status === 200 && json.id === id)
  },
  'users | read an employee of A': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/users/${employeeA.id}`)
    return tookEffect(status, status === 200 && json.id === employeeA.id)
  },
  'users | read an employee of B': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/users/${employeeB.id}`)
    return tookEffect(status, status === 200 && json.id === employeeB.id)
  },
  'users | create an account': async ({ as }) => {
    const email = `created.${unique()}@test.local`
    const { status } = await as.request('POST', '/api/users', { email, name: 'Nouvelle Personne', password: PASSWORD, roles: ['member'] })
    return tookEffect(status, (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs === 1)
  },
  'users | update own name': async ({ as, actor }) => {
    const id = actor?.id ?? people['member A'].id
    const name = `Nom ${unique()}`
    const { status } = await as.request('PATCH', `/api/users/${id}`, { name })
    return tookEffect(status, (await payload.findByID({ collection: 'users', id })).name === name)
  },
  'users | update own roles': async ({ as, actor }) => {
    const id = actor?.id ?? people['member A'].id
    const before = (await payload.findByID({ collection: 'users', id })).roles
    const extra = (['copil', 'cotec'] as const).find((role) => !before.includes(role))!
    const { status } = await as.request('PATCH', `/api/users/${id}`, { roles: [...before, extra] })
    const changed = (await payload.findByID({ collection: 'users', id })).roles.includes(extra)
    await payload.update({ collection: 'users', id, data: { roles: before } })
    return tookEffect(status, changed)
  },
  'users | update own commune': async ({ as, actor }) => {
    const id = actor?.id ?? people['member A'].id
    const before = idOf((await payload.findByID({ collection: 'users', id, depth: 0 })).commune) as number | null
    const target = before === people.communeB.id ? people.communeA.id : people.communeB.id
    const { status } = await as.request('PATCH', `/api/users/${id}`, { commune: target })
    const changed = idOf((await payload.findByID({ collection: 'users', id, depth: 0 })).commune) === target
    await payload.update({ collection: 'users', id, data: { commune: before } })
    return tookEffect(status, changed)
  },
  'users | update an employee of A': async ({ as }) => {
    const value = `Fonction ${unique()}`
    const { status } = await as.request('PATCH', `/api/users/${employeeA.id}`, { function: value })
    return tookEffect(status, (await payload.findByID({ collection: 'users', id: employeeA.id })).function === value)
  },
  'users | grant the admin role': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { roles: ['member', 'admin'] })
    const granted = (await payload.findByID({ collection: 'users', id: target.id })).roles.includes('admin')
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, granted)
  },
  'users | read the second-factor secret of an employee of A': async ({ as }) => {
    const target = await withSecondFactor(await disposableUser())
    const { status, json } = await as.request('GET', `/api/users/${target.id}`)
    const text = JSON.stringify(json)
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, /"totp(Secret|LastStep)":/.test(text) || text.includes(target.sealed) || text.includes(SECOND_FACTOR_KEY))
  },
  'users | reset the second factor of an employee of A': async ({ as }) => {
    const target = await withSecondFactor(await disposableUser())
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { totpEnabled: false })
    const reset = !(await secondFactorOf(target.id)).totp_enabled
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, reset)
  },
  'users | switch on the second factor of an employee of A': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { totpEnabled: true })
    const on = Boolean((await secondFactorOf(target.id)).totp_enabled)
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, on)
  },
  'users | delete an employee of A': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('DELETE', `/api/users/${target.id}`)
    return tookEffect(status, !(await exists('users', target.id)))
  },
  'communes | read': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/communes/${people.communeA.id}`)
    return tookEffect(status, status === 200 && json.name === people.communeA.name)
  },
  'communes | create': async ({ as }) => {
    const ofsNumber = 9000 + sequence++
    const { status } = await as.request('POST', '/api/communes', { name: `Essai ${ofsNumber}`, ofsNumber, district: '2312' })
    return tookEffect(status, (await payload.count({ collection: 'communes', where: { ofsNumber: { equals: ofsNumber } } })).totalDocs === 1)
  },
  'communes | update': async ({ as }) => {
    const population = 1000 + sequence++
    const { status } = await as.request('PATCH', `/api/communes/${people.communeA.id}`, { population })
    return tookEffect(status, (await payload.findByID({ collection: 'communes', id: people.communeA.id })).population === population)
  },
  'communes | delete': async ({ as }) => {
    const commune = await payload.create({ collection: 'communes', data: { name: 'Éphémère', ofsNumber: 8000 + sequence++, district: '2312' } })
    const { status } = await as.request('DELETE', `/api/communes/${commune.id}`)
    return tookEffect(status, !(await exists('communes', commune.id)))
  },
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
    const seen = (byId.status === 200 && byId.json.id === draftGuideId) || (listed.json?.docs ?? []).some((d: { id: number }) => d.id === draftGuideId)
    tookEffect(listed.status, seen)
    return tookEffect(byId.status, seen)
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
  'guides | delete': async ({ as }) => {
    const guide = await payload.create({ collection: 'guides', data: guideData(`jetable-${unique()}`) as never, draft: false })
    const { status } = await as.request('DELETE', `/api/guides/${guide.id}`)
    return tookEffect(status, !(await exists('guides', guide.id)))
  },
  'checklist-progress | read commune A\'s answer': async ({ as }) => {
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
    const { status } = await as.request('POST', '/api/checklist-progress', { commune: people.communeA.id, guide: guideId, itemKey, state: 'done' })
    return tookEffect(status, (await payload.count({ collection: 'checklist-progress', where: where as never })).totalDocs === 1)
  },
  'checklist-progress | change commune A\'s answer': async ({ as }) => {
    const before = (await payload.findByID({ collection: 'checklist-progress', id: answerA })).state
    const state = before === 'done' ? 'partial' : 'done'
    const { status } = await as.request('PATCH', `/api/checklist-progress/${answerA}`, { state })
    return tookEffect(status, (await payload.findByID({ collection: 'checklist-progress', id: answerA })).state === state)
  },
  'checklist-progress | delete commune A\'s answer': async ({ as, label }) => {
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
    const doc = await payload.create({ collection: 'templates', data: { title: 'Jetable', slug: `jetable-${unique()}`, category: 'pilotage', description: 'x' } })
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
    const doc = await payload.create({ collection: 'faqs', data: { question: `Jetable ${unique()} ?`, answer: richTextFromBlocks([{ p: 'x' }]), theme: 'relais' } })
    const { status } = await as.request('DELETE', `/api/faqs/${doc.id}`)
    return tookEffect(status, !(await exists('faqs', doc.id)))
  },  'users | disable an employee of A': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { disabled: true })
    const disabled = (await payload.findByID({ collection: 'users', id: target.id })).disabled === true
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, disabled)
  },
  'users | disable an employee of B': async ({ as }) => {
    const target = await createUser(payload, { email: `tmp.${unique()}@test.local`, name: 'Temporaire B', roles: ['member'], commune: people.communeB.id })
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { disabled: true })
    const disabled = (await payload.findByID({ collection: 'users', id: target.id })).disabled === true
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, disabled)
  },
  'users | change the e-mail of an employee of A': async ({ as }) => {
    const target = await disposableUser()
    const email = `autre.${unique()}@test.local`
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { email })
    const changed = (await payload.findByID({ collection: 'users', id: target.id })).email === email
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, changed)
  },
  'users | name a delegate validator in A': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { communeValidator: true })
    const named = (await payload.findByID({ collection: 'users', id: target.id })).communeValidator === true
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, named)
  },
  // Passwords, e-mail addresses and administrator accounts (issue 17): whoever acts, a password is set only by its
  // owner with the current one (or the e-mailed link); nobody but an administrator touches an administrator.
  'users | set the password of another account': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { password: NEW_PASSWORD })
    const changed = await passwordIs(target, NEW_PASSWORD)
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, changed)
  },
  'users | set the password of an account of A in bulk': async ({ as }) => {
    const target = await disposableUser()
    const { status } = await as.request('PATCH', `/api/users?where[id][equals]=${target.id}`, { password: NEW_PASSWORD })
    const changed = await passwordIs(target, NEW_PASSWORD)
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, changed)
  },
  'users | change own password without the current one': async ({ as, actor }) => {
    if (!actor) return tookEffect((await as.request('PATCH', '/api/users/1', { password: NEW_PASSWORD })).status, false)
    const { status } = await as.request('PATCH', `/api/users/${actor.id}`, { password: NEW_PASSWORD })
    return tookEffect(status, await keepingOwnPassword(actor, () => passwordIs(actor, NEW_PASSWORD)))
  },
  'users | change own password with the current one': async ({ as, actor }) => {
    if (!actor) return tookEffect((await as.request('PATCH', '/api/users/1', { password: NEW_PASSWORD, currentPassword: PASSWORD })).status, false)
    return keepingOwnPassword(actor, async () => {
      const { status } = await as.request('PATCH', `/api/users/${actor.id}`, { password: NEW_PASSWORD, currentPassword: PASSWORD })
      return tookEffect(status, await passwordIs(actor, NEW_PASSWORD))
    })
  },
  'users | change own e-mail without the current password': async ({ as, actor }) => {
    const email = `autre.${unique()}@test.local`
    if (!actor) return tookEffect((await as.request('PATCH', '/api/users/1', { email })).status, false)
    const { status } = await as.request('PATCH', `/api/users/${actor.id}`, { email })
    const changed = (await payload.findByID({ collection: 'users', id: actor.id })).email === email
    if (changed) await payload.update({ collection: 'users', id: actor.id, data: { email: actor.email } })
    return tookEffect(status, changed)
  },
  'users | create an account with a chosen password': async ({ as }) => {
    const email = `choisi.${unique()}@test.local`
    const { status } = await as.request('POST', '/api/users', { email, name: 'Mot Choisi', password: NEW_PASSWORD, roles: ['member'] })
    const [created] = (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs
    const chosen = created ? await passwordIs(created, NEW_PASSWORD) : false
    if (created) await payload.delete({ collection: 'users', id: created.id })
    return tookEffect(status, chosen)
  },
  'users | update an admin account': async ({ as }) => {
    const target = await disposableAdmin()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { function: 'Modifiée' })
    const changed = (await payload.findByID({ collection: 'users', id: target.id })).function === 'Modifiée'
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, changed)
  },
  'users | disable an admin account': async ({ as }) => {
    const target = await disposableAdmin()
    const { status } = await as.request('PATCH', `/api/users/${target.id}`, { disabled: true })
    const disabled = (await payload.findByID({ collection: 'users', id: target.id })).disabled === true
    await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, disabled)
  },
  'users | delete an admin account': async ({ as }) => {
    const target = await disposableAdmin()
    const { status } = await as.request('DELETE', `/api/users/${target.id}`)
    const deleted = !(await exists('users', target.id))
    if (!deleted) await payload.delete({ collection: 'users', id: target.id })
    return tookEffect(status, deleted)
  },
  'users | send a reset link to an admin account': async ({ as }) => resetLinkSent(as, await disposableAdmin()),
  'users | send a reset link to an employee of A': async ({ as }) => resetLinkSent(as, await disposableUser()),
  'users | send a reset link to an employee of B': async ({ as }) =>
    resetLinkSent(as, await createUser(payload, { email: `tmp.${unique()}@test.local`, name: 'Temporaire B', roles: ['member'], commune: people.communeB.id })),
  'committees | read': async ({ as }) => readById(as, 'committees', cotecCommittee),
  'committees | update the composition': async ({ as }) => {
    const composition = `Composition ${unique()}`
    const { status } = await as.request('PATCH', `/api/committees/${cotecCommittee}`, { composition })
    return tookEffect(status, (await payload.findByID({ collection: 'committees', id: cotecCommittee })).composition === composition)
  },
  'meetings | read a planned (draft) COTEC meeting': async ({ as }) => readById(as, 'meetings', meetingOf.planned),
  'meetings | read a convened COTEC meeting': async ({ as }) => readById(as, 'meetings', meetingOf.convened),
  'meetings | read the attendance of a held meeting': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/meetings/${meetingOf.held}`)
    return tookEffect(status, json?.attendance === 'Présents : la grille.')
  },
  'meetings | read the attendance of an approved meeting': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/meetings/${meetingOf.approved}`)
    return tookEffect(status, json?.attendance === 'Présents : la grille.')
  },
  'meetings | create a COTEC meeting': async ({ as }) => {
    const title = `Séance ${unique()}`
    const { status } = await as.request('POST', '/api/meetings', { committee: cotecCommittee, title, startsAt: future, durationMinutes: 60 })
    return tookEffect(status, (await payload.count({ collection: 'meetings', where: { title: { equals: title } } })).totalDocs === 1)
  },
  'meetings | update a COTEC meeting': async ({ as }) => {
    const place = `Salle ${unique()}`
    const { status } = await as.request('PATCH', `/api/meetings/${meetingOf.planned}`, { place })
    return tookEffect(status, (await payload.findByID({ collection: 'meetings', id: meetingOf.planned })).place === place)
  },
  'meetings | convene a COTEC meeting': async ({ as }) => {
    const id = await fixtureMeeting('planned', future, [{ title: 'Point à convoquer' }])
    const { status } = await as.request('POST', `/api/meetings/${id}/transition`, { to: 'convened' })
    return tookEffect(status, (await payload.findByID({ collection: 'meetings', id })).status === 'convened')
  },
  'meetings | set the status directly': async ({ as }) => {
    const id = await fixtureMeeting('planned', future, [])
    const { status } = await as.request('PATCH', `/api/meetings/${id}`, { status: 'approved' })
    return tookEffect(status, (await payload.findByID({ collection: 'meetings', id })).status === 'approved')
  },
  'meetings | delete': async ({ as }) => {
    const id = await fixtureMeeting('planned', future, [])
    const { status } = await as.request('DELETE', `/api/meetings/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'meetings', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'meetings | download the .ics of a convened meeting': async ({ as }) => {
    const { status, json } = await as.request('GET', `/seances/${meetingOf.convened}/calendrier.ics`)
    return tookEffect(status, status === 200 && String(json?.raw).includes(`UID:seance-${meetingOf.convened}@relais`))
  },
  'meetings | see a confidential item in the .ics': async ({ as }) => {
    const { status, json } = await as.request('GET', `/seances/${meetingOf.convened}/calendrier.ics`)
    return tookEffect(status, String(json?.raw).includes('Mandragore'))
  },
  'agenda-items | read an item of a convened meeting': async ({ as }) => readById(as, 'agenda-items', itemOf.public),
  'agenda-items | read an item of a planned meeting': async ({ as }) => readById(as, 'agenda-items', itemOf.planned),
  'agenda-items | read a confidential item': async ({ as }) => readById(as, 'agenda-items', itemOf.confidential),
  'agenda-items | read draft minutes (held meeting)': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/agenda-items/${itemOf.held}`)
    return tookEffect(status, json?.notes === 'Notes Pimprenelle.')
  },
  'agenda-items | read approved minutes': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/agenda-items/${itemOf.approved}`)
    return tookEffect(status, json?.notes === 'Notes Farandole.')
  },
  'agenda-items | add to a COTEC meeting': async ({ as }) => {
    const title = `Point ${unique()}`
    const { status } = await as.request('POST', '/api/agenda-items', { meeting: meetingOf.planned, title, durationMinutes: 10 })
    return tookEffect(status, (await payload.count({ collection: 'agenda-items', where: { title: { equals: title } } })).totalDocs === 1)
  },
  'agenda-items | write the minutes of an item': async ({ as }) => {
    const notes = `Notes ${unique()}`
    const { status } = await as.request('PATCH', `/api/agenda-items/${itemOf.public}`, { notes })
    return tookEffect(status, (await payload.findByID({ collection: 'agenda-items', id: itemOf.public })).notes === notes)
  },
  'agenda-items | delete': async ({ as }) => {
    const { id } = await payload.create({ collection: 'agenda-items', data: { meeting: meetingOf.planned, title: 'À retirer', durationMinutes: 5 } })
    const { status } = await as.request('DELETE', `/api/agenda-items/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'agenda-items', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'agenda-items | approve the previous minutes': async ({ as }) => {
    const previous = await fixtureMeeting('held', '2026-09-01T12:00:00.000Z', [{ title: 'Point tenu', decision: 'Oui.' }])
    const meeting = await fixtureMeeting('convened', '2026-10-01T12:00:00.000Z', [{ title: 'Approbation', approvesMinutesOf: previous }])
    const item = (await payload.find({ collection: 'agenda-items', where: { meeting: { equals: meeting } }, depth: 0 })).docs[0]!
    const { status } = await as.request('POST', `/api/agenda-items/${item.id}/approve-minutes`)
    return tookEffect(status, (await payload.findByID({ collection: 'meetings', id: previous })).status === 'approved')
  },
  'action-items | read an action owned by member A': async ({ as }) => readById(as, 'action-items', actionOfA),
  'action-items | create for the COTEC': async ({ as }) => {
    const title = `Action ${unique()}`
    const { status } = await as.request('POST', '/api/action-items', { title, committee: cotecCommittee, owner: people['member A'].id, dueDate: '2027-01-31' })
    return tookEffect(status, (await payload.count({ collection: 'action-items', where: { title: { equals: title } } })).totalDocs === 1)
  },
  'action-items | mark an action owned by member A done': async ({ as }) => {
    const id = await actionOwnedByA()
    const { status } = await as.request('PATCH', `/api/action-items/${id}`, { status: 'done' })
    return tookEffect(status, (await payload.findByID({ collection: 'action-items', id })).status === 'done')
  },
  'action-items | rename an action owned by member A': async ({ as }) => {
    const id = await actionOwnedByA()
    const { status } = await as.request('PATCH', `/api/action-items/${id}`, { title: 'Renommée' })
    return tookEffect(status, (await payload.findByID({ collection: 'action-items', id })).title === 'Renommée')
  },
  'action-items | delete': async ({ as }) => {
    const id = await actionOwnedByA()
    const { status } = await as.request('DELETE', `/api/action-items/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'action-items', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'search | find a confidential agenda item': (ctx) => found(ctx, 'Mandragore', `/seances/${meetingOf.convened}#point-${itemOf.confidential}`, { only: true }),
  "search | find a planned meeting's item": (ctx) => found(ctx, 'Quenouille', `/seances/${meetingOf.planned}#point-${itemOf.planned}`, { only: true }),
  'search | find approved minutes': (ctx) => found(ctx, 'Farandole', `/seances/${meetingOf.approved}#point-${itemOf.approved}`),
  'search | find draft minutes of a public item': (ctx) => found(ctx, 'Pimprenelle', `/seances/${meetingOf.held}#point-${itemOf.held}`, { only: true }),
  'events | read a published event': async ({ as }) => readById(as, 'events', eventOf.published),
  'events | read a draft event': async ({ as }) => readById(as, 'events', eventOf.draft),
  'events | create': async ({ as }) => {
    const title = `Événement ${unique()}`
    const { status } = await as.request('POST', '/api/events', { title, type: 'atelier', summary: 'Essai.', ...eventTimes, _status: 'published' })
    return tookEffect(status, (await payload.count({ collection: 'events', where: { title: { equals: title } } })).totalDocs === 1)
  },
  'events | update': async ({ as }) => {
    const summary = `Résumé ${unique()}`
    const { status } = await as.request('PATCH', `/api/events/${eventOf.published}`, { summary, _status: 'published' })
    return tookEffect(status, (await payload.findByID({ collection: 'events', id: eventOf.published, draft: false })).summary === summary)
  },
  'events | delete': async ({ as }) => {
    const id = await fixtureEvent()
    const { status } = await as.request('DELETE', `/api/events/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'events', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'registrations | register for a published event': async ({ as, actor }) => {
    const { status } = await as.request('POST', `/api/events/${eventOf.registering}/registration`)
    return tookEffect(status, Boolean(actor) && (await registrationsOf(eventOf.registering, actor!.id)).some((r) => r.status === 'confirmed'))
  },
  'registrations | cancel own registration': async ({ as, actor }) => {
    const event = await fixtureEvent()
    if (actor) await payload.create({ collection: 'registrations', data: { event, user: actor.id, status: 'confirmed' } })
    const { status } = await as.request('DELETE', `/api/events/${event}/registration`)
    return tookEffect(status, Boolean(actor) && (await registrationsOf(event, actor!.id))[0]?.status === 'cancelled')
  },
  "registrations | read member A's registration": async ({ as }) => readById(as, 'registrations', registrationOfA),
  'registrations | create over the API (past the capacity checks)': async ({ as }) => {
    const event = await fixtureEvent()
    const { status } = await as.request('POST', '/api/registrations', { event, user: people['member B'].id, status: 'confirmed' })
    return tookEffect(status, (await registrationsOf(event, people['member B'].id)).length === 1)
  },
  'registrations | mark attendance': async ({ as }) => {
    const attended = !(await payload.findByID({ collection: 'registrations', id: registrationOfA })).attended
    const { status } = await as.request('PATCH', `/api/registrations/${registrationOfA}`, { attended })
    return tookEffect(status, (await payload.findByID({ collection: 'registrations', id: registrationOfA })).attended === attended)
  },
  "registrations | export an event's registrations (CSV)": async ({ as }) => {
    const { status, json } = await as.request('GET', `/agenda/${eventOf.published}/inscriptions.csv`)
    return tookEffect(status, status === 200 && String(json?.raw).includes('Anne Membre'))
  },
  'event-mailings | read': async ({ as }) => {
    const { status, json } = await as.request('GET', '/api/event-mailings')
    return tookEffect(status, status === 200 && json.totalDocs >= 0)
  },
  'event-mailings | create over the API': async ({ as }) => {
    const event = await fixtureEvent()
    const { status } = await as.request('POST', '/api/event-mailings', { event, kind: 'announcement' })
    return tookEffect(status, (await payload.count({ collection: 'event-mailings', where: { event: { equals: event } } })).totalDocs === 1)
  },
  "feeds | read the events feed with one's own link": async ({ as, actor }) => {
    const token = actor ? await calendarToken(payload, await payload.findByID({ collection: 'users', id: actor.id })) : 'anonymous-has-no-link-at-all-xx'
    const { status, json } = await as.request('GET', `/flux/${token}/evenements.ics`)
    return tookEffect(status, status === 200 && String(json?.raw).includes(`UID:evenement-${eventOf.published}@relais`))
  },
  'feeds | read the events feed with a wrong or revoked link': async ({ as, actor }) => {
    const user = actor ? await payload.findByID({ collection: 'users', id: actor.id }) : null
    const old = user ? await calendarToken(payload, user) : 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
    if (user) await calendarToken(payload, user, { renew: true })
    const { status, json } = await as.request('GET', `/flux/${old}/evenements.ics`)
    return tookEffect(status, status === 200 && String(json?.raw).includes('BEGIN:VCALENDAR'))
  },
  "feeds | see COTEC meetings in one's meetings feed": async ({ as, actor }) => {
    const token = actor ? await calendarToken(payload, await payload.findByID({ collection: 'users', id: actor.id })) : 'anonymous-has-no-link-at-all-xx'
    const { status, json } = await as.request('GET', `/flux/${token}/seances.ics`)
    return tookEffect(status, String(json?.raw).includes(`UID:seance-${meetingOf.convened}@relais`))
  },
  'search | find a published event': (ctx) => found(ctx, 'Tarentelle', `/agenda/${eventOf.published}`),
  'search | find a draft event': (ctx) => found(ctx, 'Bergamasque', `/agenda/${eventOf.draft}`, { only: true }),
  'account-requests | read a confirmed request of A': async ({ as }) => readById(as, 'account-requests', requestOf.A),
  'account-requests | read an unconfirmed request of A': async ({ as }) => readById(as, 'account-requests', requestOf['unconfirmed A']),
  'account-requests | read a confirmed request of B': async ({ as }) => readById(as, 'account-requests', requestOf.B),
  'account-requests | create over the API': async ({ as }) => {
    const email = `api.${unique()}@test.local`
    const { status } = await as.request('POST', '/api/account-requests', { name: 'Par API', email, commune: people.communeA.id, function: 'x', requestedRole: 'member' })
    return tookEffect(status, (await payload.count({ collection: 'account-requests', where: { email: { equals: email } } })).totalDocs === 1)
  },
  'account-requests | decide a request of A': async ({ as }) => {
    const id = await accountRequest(people.communeA.id, 'pending')
    const { status } = await as.request('PATCH', `/api/account-requests/${id}`, { status: 'rejected', decisionComment: 'Essai' })
    return tookEffect(status, (await payload.findByID({ collection: 'account-requests', id })).status === 'rejected')
  },
  'account-requests | delete': async ({ as }) => {
    const id = await accountRequest(people.communeA.id, 'pending')
    const { status } = await as.request('DELETE', `/api/account-requests/${id}`)
    return tookEffect(status, !(await exists('account-requests', id)))
  },
  'account-events | read an event of A': async ({ as }) => readById(as, 'account-events', eventA),
  'account-events | create over the API': async ({ as }) => {
    const email = `evt.${unique()}@test.local`
    const { status } = await as.request('POST', '/api/account-events', { type: 'requested', email })
    return tookEffect(status, (await payload.count({ collection: 'account-events', where: { email: { equals: email } } })).totalDocs === 1)
  },
  // The audit trail (issue 17): read by staff and by a commune's validator for its rows; written by the system only.
  'audit-events | read a row of A': async ({ as }) => readById(as, 'audit-events', await auditRow('A')),
  'audit-events | read a row of B': async ({ as }) => readById(as, 'audit-events', await auditRow('B')),
  'audit-events | read a regional row (no commune)': async ({ as }) => readById(as, 'audit-events', await auditRow('region')),
  'audit-events | read the source address of a row': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/audit-events/${await auditRow('A')}`)
    return tookEffect(status, status === 200 && json.sourceAddress === '192.0.2.44')
  },
  'audit-events | create over the API': async ({ as }) => {
    const label = `Entrée forgée ${unique()}`
    const { status } = await as.request('POST', '/api/audit-events', { action: 'record-created', targetCollection: 'contracts', targetLabel: label })
    return tookEffect(status, (await payload.count({ collection: 'audit-events', where: { targetLabel: { equals: label } } })).totalDocs === 1)
  },
  'audit-events | update a row': async ({ as }) => {
    const id = await auditRow('A')
    const { status } = await as.request('PATCH', `/api/audit-events/${id}`, { targetLabel: 'Réécrite' })
    return tookEffect(status, (await payload.findByID({ collection: 'audit-events', id })).targetLabel === 'Réécrite')
  },
  'audit-events | delete a row': async ({ as }) => {
    const id = await auditRow('A')
    const { status } = await as.request('DELETE', `/api/audit-events/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'audit-events', where: { id: { equals: id } } })).totalDocs === 0)
  },
  // The rate limits' counts (logins, e-mails, form stamps): the system's own, never read or written over the API.
  'throttle-events | read the list': async ({ as }) => {
    await payload.create({ collection: 'throttle-events', data: { action: 'login', subject: 'x', source: 'y' } })
    const { status, json } = await as.request('GET', '/api/throttle-events')
    return tookEffect(status, status === 200 && (json?.docs?.length ?? 0) > 0)
  },
  'throttle-events | create over the API': async ({ as }) => {
    const subject = `api-${unique()}`
    const { status } = await as.request('POST', '/api/throttle-events', { action: 'login', subject, source: 'z' })
    return tookEffect(status, (await payload.count({ collection: 'throttle-events', where: { subject: { equals: subject } } })).totalDocs === 1)
  },
  // Issue 17 (hostile input): a closed meeting stays in the record; the permission map is for logged-in users only.
  'meetings | delete a cancelled meeting (part of the record)': async ({ as }) => {
    const id = await fixtureMeeting('planned', future, [{ title: 'Point d’une séance annulée' }])
    await payload.update({ collection: 'meetings', id, data: { status: 'cancelled' }, context: { meetingTransition: true } })
    const { status } = await as.request('DELETE', `/api/meetings/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'meetings', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'permissions | read the permission map (`GET /api/access`, GraphQL `Access`)': async ({ as }) => {
    const rest = await as.request('GET', '/api/access')
    const graphql = await as.request('POST', '/api/graphql', { query: '{ Access { canAccessAdmin } }' })
    const both = rest.status === 200 && Boolean(rest.json?.collections) && typeof graphql.json?.data?.Access?.canAccessAdmin === 'boolean'
    return tookEffect(rest.status, both)
  },
}

/** One audit row per kind, written as the system on first use (commune A's carries a source address). */
const auditRows: Partial<Record<'A' | 'B' | 'region', Promise<number>>> = {}
const auditRow = (which: 'A' | 'B' | 'region') =>
  (auditRows[which] ??= payload
    .create({
      collection: 'audit-events',
      data: {
        action: 'record-updated', targetCollection: 'contracts', targetLabel: `Contrat de la grille (${which})`, sourceAddress: '192.0.2.44',
        commune: which === 'A' ? people.communeA.id : which === 'B' ? people.communeB.id : null,
      },
    })
    .then((row) => row.id))

async function readById(as: Client, collection: string, id: number) {
  const { status, json } = await as.request('GET', `/api/${collection}/${id}`)
  return tookEffect(status, status === 200 && json.id === id)
}

async function accountRequest(commune: number, status: 'unconfirmed' | 'pending') {
  const doc = await payload.create({
    collection: 'account-requests',
    data: { name: 'Demandeur', email: `demande.${unique()}@test.local`, commune, function: 'Secrétariat', requestedRole: 'member', status },
  })
  return doc.id
}

const future = '2027-03-25T13:00:00.000Z'

/** A COTEC meeting in the given status with its items (written as the system: fixtures, not the rules under test). */
async function fixtureMeeting(status: 'planned' | 'convened' | 'held' | 'approved', startsAt: string, items: Record<string, unknown>[]) {
  const meeting = await payload.create({
    collection: 'meetings',
    data: { committee: cotecCommittee, title: `Séance ${unique()}`, startsAt, durationMinutes: 90, place: 'Sion', status, attendance: 'Présents : la grille.' },
    context: { meetingTransition: true },
  })
  for (const [index, item] of items.entries())
    await payload.create({ collection: 'agenda-items', data: { meeting: meeting.id, position: index + 1, durationMinutes: 10, ...item } as never, context: { meetingTransition: true } })
  return meeting.id
}

const itemsOf = async (meeting: number) => (await payload.find({ collection: 'agenda-items', where: { meeting: { equals: meeting } }, sort: 'position', depth: 0 })).docs

async function actionOwnedByA() {
  const action = await payload.create({ collection: 'action-items', data: { title: `Action ${unique()}`, committee: cotecCommittee, owner: people['member A'].id, dueDate: '2027-01-31', status: 'open' } })
  return action.id
}

const eventTimes = { startsAt: '2027-05-06T07:00:00.000Z', endsAt: '2027-05-06T09:00:00.000Z' }

/** A published (or draft) event, written as the system. */
async function fixtureEvent(title = `Événement ${unique()}`, status: 'published' | 'draft' = 'published') {
  const event = await payload.create({ collection: 'events', data: { title, type: 'atelier', summary: `Atelier ${title}.`, ...eventTimes, _status: status }, draft: status === 'draft' })
  return event.id
}

const registrationsOf = async (event: number, user: number) =>
  (await payload.find({ collection: 'registrations', where: { and: [{ event: { equals: event } }, { user: { equals: user } }] }, depth: 0 })).docs

// Registered once the helpers below exist (function declarations are hoisted).
Object.assign(operations, cartographyOperations({ payload: () => payload, people: () => people, tookEffect, readById, found, unique }))
Object.assign(
  operations,
  sessionOperations({
    payload: () => payload,
    people: () => people,
    employeeA: () => employeeA,
    serverUrl: () => server.url,
    tookEffect,
    relogin: async () => {
      for (const name of actorNames) clients.set(name, client(server.url, await loginToken(server.url, people[name].email, PASSWORD)))
    },
  }),
)

const actorIndex = (label: string) => ['anonymous', ...actorNames].indexOf(label as never)

const guideData = (slug: string) => ({
  title: `Guide ${slug}`,
  slug,
  theme: 'sauvegardes',
  audiences: ['personnel'],
  summary: 'Un guide de test.',
  lastReviewedAt: '2026-01-01',
  reviewIntervalMonths: 12,
  checklist: Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, label: `Action ${i}` })),
  _status: 'published',
})

async function createMedia(): Promise<number> {
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'Affiche' },
    file: { data: PNG, mimetype: 'image/png', name: `affiche-${unique()}.png`, size: PNG.length },
  })
  return doc.id
}

const cells = readAccessMatrix()

describe('access matrix (docs/access.md) over HTTP', () => {
  beforeAll(async () => {
    const env = { RELAIS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'relais-matrix-')) }
    let databaseUrl: string
    ;({ payload, databaseUrl } = await bootPayload(env))
    people = await createPeople(payload, 'matrix')
    employeeA = await createUser(payload, { email: 'employee.a@test.local', name: 'Émile A', roles: ['member'], commune: people.communeA.id })
    employeeB = await createUser(payload, { email: 'employee.b@test.local', name: 'Berthe B', roles: ['member'], commune: people.communeB.id })
    mediaId = await createMedia()
    guideId = (await payload.create({ collection: 'guides', data: guideData('matrice') as never, draft: false })).id
    draftGuideId = (await payload.create({ collection: 'guides', data: { ...guideData('brouillon'), _status: 'draft' } as never, draft: true })).id
    answerA = (await payload.create({ collection: 'checklist-progress', data: { commune: people.communeA.id, guide: guideId, itemKey: 'k0', state: 'done' } })).id
    templateId = (await payload.create({ collection: 'templates', data: { title: 'Modèle', slug: 'modele-matrice', category: 'pilotage', description: 'Essai' } })).id
    requestOf.A = await accountRequest(people.communeA.id, 'pending')
    requestOf.B = await accountRequest(people.communeB.id, 'pending')
    requestOf['unconfirmed A'] = await accountRequest(people.communeA.id, 'unconfirmed')
    eventA = (await payload.create({ collection: 'account-events', data: { type: 'requested', email: 'evenement@test.local', commune: people.communeA.id } })).id
    faqId = (await payload.create({ collection: 'faqs', data: { question: 'Question de la grille ?', answer: richTextFromBlocks([{ p: 'Oui.' }]), theme: 'relais' } })).id
    // The COTEC, whose secretary is the cotec actor, and one meeting in each status.
    const cotecDoc = (await payload.find({ collection: 'committees', where: { slug: { equals: 'cotec' } }, depth: 0 })).docs[0]!
    cotecCommittee = cotecDoc.id
    await payload.update({ collection: 'committees', id: cotecCommittee, data: { memberships: [{ user: people.cotec.id, role: 'secretariat', from: '2026-01-01' }] } })
    meetingOf.planned = await fixtureMeeting('planned', future, [{ title: 'Point Quenouille' }])
    meetingOf.convened = await fixtureMeeting('convened', future, [{ title: 'Point public de la grille' }, { title: 'Point Mandragore', confidential: true }])
    meetingOf.held = await fixtureMeeting('held', '2026-10-01T12:00:00.000Z', [{ title: 'Point tenu de la grille', notes: 'Notes Pimprenelle.', decision: 'Oui.' }])
    meetingOf.approved = await fixtureMeeting('approved', '2026-09-01T12:00:00.000Z', [{ title: 'Point approuvé de la grille', notes: 'Notes Farandole.', decision: 'Oui.' }])
    itemOf.planned = (await itemsOf(meetingOf.planned))[0]!.id
    ;[itemOf.public, itemOf.confidential] = (await itemsOf(meetingOf.convened)).map((item) => item.id) as [number, number]
    itemOf.held = (await itemsOf(meetingOf.held))[0]!.id
    itemOf.approved = (await itemsOf(meetingOf.approved))[0]!.id
    actionOfA = await actionOwnedByA()
    eventOf.published = await fixtureEvent('Atelier Tarentelle')
    eventOf.draft = await fixtureEvent('Atelier Bergamasque', 'draft')
    eventOf.registering = await fixtureEvent()
    registrationOfA = (await payload.create({ collection: 'registrations', data: { event: eventOf.published, user: people['member A'].id, status: 'confirmed', userName: 'Anne Membre', communeName: 'Sion' } })).id
    // One history entry exists from the start, for the measure-updates rows.
    const first = await measureNumbered(1)
    await payload.update({ collection: 'measures', id: first.id, data: { progress: 10 }, user: await payload.findByID({ collection: 'users', id: people.cotec.id }) })
    await cartographyFixtures({ payload: () => payload, people: () => people })
    await payload.jobs.run({ queue: 'search', limit: 1000 })
    const entry = (docId: string, { q, url }: { q: string; url: string }, visibility: string) =>
      searchDocument({ collection: 'fixtures', docId, type: 'actualite', title: `Note ${q}`, text: `Contenu ${q}.`, url, visibility })
    await searchEngine(payload).upsert([
      entry('commune-a', privateEntries.communeA, `commune:${people.communeA.id}`),
      entry('cotec', privateEntries.cotec, 'committee:cotec'),
      entry('coordinators', privateEntries.coordinators, 'coordinators'),
    ])
    server = await startServer(databaseUrl, env)
    clients.set('anonymous', client(server.url, null))
    for (const name of actorNames) clients.set(name, client(server.url, await loginToken(server.url, people[name].email, PASSWORD)))
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('covers every operation it lists, and every actor column', () => {
    const missing = [...new Set(cells.map((c) => `${c.collection} | ${c.operation}`))].filter((key) => !operations[key])
    expect(missing).toEqual([])
    expect(new Set(cells.map((c) => c.actor))).toEqual(new Set(['anonymous', ...actorNames]))
  })

  it.each(cells.map((cell) => [`${cell.collection} | ${cell.operation} | ${cell.actor} → ${cell.allowed ? '✓' : '✗'}`, cell] as const))(
    '%s',
    async (_label, cell) => {
      const actor = cell.actor === 'anonymous' ? null : people[cell.actor as (typeof actorNames)[number]]
      const happened = await operations[`${cell.collection} | ${cell.operation}`]!({ as: clients.get(cell.actor)!, actor, label: cell.actor })
      expect(happened).toBe(cell.allowed)
    },
  )

  describe('GraphQL obeys the same rules', () => {
    const listUsers = (as: Client) => as.request('POST', '/api/graphql', { query: '{ Users(limit: 100) { docs { email } } }' })

    it('a member lists only their own account', async () => {
      const { status, json } = await listUsers(clients.get('member A')!)
      expect(status).toBe(200)
      expect(json.data.Users.docs.map((d: { email: string }) => d.email)).toEqual([people['member A'].email])
    })

    it('an anonymous query gets no account', async () => {
      const { json } = await listUsers(clients.get('anonymous')!)
      expect(json.data?.Users?.docs ?? []).toEqual([])
      expect(json.errors?.[0]?.message ?? '').not.toBe('')
    })

    it('a COTEC member reads the measures but cannot rewrite a proposal or change a priority', async () => {
      const cotec = clients.get('cotec')!
      const id = await pendingProposal()
      const measure = await measureNumbered(11)
      const read = await cotec.request('POST', '/api/graphql', { query: '{ Measures(limit: 50) { totalDocs } }' })
      expect(read.json.data.Measures.totalDocs).toBeGreaterThanOrEqual(38)
      await cotec.request('POST', '/api/graphql', { query: `mutation { updatePriorityChange(id: ${id}, data: { rationale: "Réécrite par GraphQL" }) { id } }` })
      await cotec.request('POST', '/api/graphql', { query: `mutation { updateMeasure(id: ${measure.id}, data: { priority: A }) { id } }` })
      expect((await payload.findByID({ collection: 'priority-changes', id })).rationale).toBe('Proposition de la grille des accès.')
      expect((await measureNumbered(11)).priority).toBe(measure.priority)
    })
  })
})
