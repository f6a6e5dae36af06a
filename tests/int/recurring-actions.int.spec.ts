/**
 * Recurring checklist actions (issue 25) over real PostgreSQL and SMTP: the day done and its checks, the due date
 * and the overdue count per commune, and the reminder to the commune's référent, sent once per due date even when
 * two runs go at once (the claim is a conditional UPDATE of the answer's row), and again for a new done day.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recurringDues } from '@/checklists/due'
import { readCompletionMatrix } from '@/checklists/matrix'
import { overdueRecurringByCommune } from '@/checklists/overdue'
import { sendRecurringReminders } from '@/checklists/reminders'
import { checklistRollup } from '@/checklists/rollup'
import { checklistCompletion } from '@/indicators/checklistCompletion'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, type People, type Person } from '@tests/helpers/people'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'
import { PDF } from '@tests/helpers/uploads'

let payload: Payload
let people: People
let mailbox: Mailbox
let referentB: Person
let guide: number

const reminders = () => mailbox.messages.filter((m) => /à refaire/.test(m.subject ?? ''))
const recipients = (mail: { to?: unknown }) => (mail.to as { value: { address: string }[] }).value.map((to) => to.address)
const answer = (commune: number, itemKey: string, doneOn: string) =>
  payload.create({ collection: 'checklist-progress', data: { commune, guide, itemKey, state: 'done', doneOn } })

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  ;({ payload } = await bootPayload(mailbox.env))
  people = await createPeople(payload, 'recur')
  referentB = await createUser(payload, {
    email: 'referent.b@test.local',
    name: 'Rita Référente',
    roles: ['member'],
    commune: people.communeB.id,
    communeReferent: true,
  })
  await payload.create({
    collection: 'commune-registers',
    data: {
      commune: people.communeA.id,
      referentName: 'Régine Registre',
      referentFunction: 'executif',
      referentEmail: 'registre.a@test.local',
    },
  })
  guide = (
    await payload.create({
      collection: 'guides',
      draft: false,
      data: {
        title: 'Sauvegardes (essai)',
        slug: 'sauvegardes-essai',
        theme: 'sauvegardes',
        audiences: ['personnel'],
        summary: 'Un guide de test.',
        lastReviewedAt: '2026-01-01',
        reviewIntervalMonths: 12,
        checklist: [
          { key: 'test-annuel', label: 'Tester la restauration une fois par an.', recurrence: '12' },
          { key: 'inventaire', label: 'Faire l’inventaire des données.' },
        ],
        _status: 'published',
      } as never,
    })
  ).id
})
afterAll(async () => {
  await mailbox?.stop()
})

describe('the day an action was done', () => {
  it('defaults to today, is refused in the future, and goes with any answer other than « fait »', async () => {
    const row = await payload.create({
      collection: 'checklist-progress',
      data: { commune: people.communeB.id, guide, itemKey: 'inventaire', state: 'done' },
    })
    expect(row.doneOn).toBeTruthy()
    const future = await payload.update({ collection: 'checklist-progress', id: row.id, data: { doneOn: '2099-01-01' } }).catch((e) => e)
    expect(JSON.stringify(future.data)).toContain('La date de réalisation ne peut pas être dans le futur.')
    const undone = await payload.update({ collection: 'checklist-progress', id: row.id, data: { state: 'partial' } })
    expect(undone.doneOn).toBeNull()
    await payload.delete({ collection: 'checklist-progress', id: row.id })
  })
})

describe('due dates and reminders', () => {
  let answerA: number

  it('an action done a year ago falls due, and counts as overdue for its commune only', async () => {
    answerA = (await answer(people.communeA.id, 'test-annuel', '2025-12-20')).id
    await answer(people.communeB.id, 'test-annuel', '2026-06-01')
    await answer(people.communeA.id, 'inventaire', '2024-01-01') // done once: never due again

    const guides = (await payload.find({ collection: 'guides', where: { id: { equals: guide } }, draft: false })).docs
    const answers = (await payload.find({ collection: 'checklist-progress', where: { guide: { equals: guide } }, limit: 0 })).docs
    const dues = recurringDues(guides, answers, '2026-11-25')
    expect(dues.map((d) => [d.commune, d.due, d.state])).toEqual([
      [people.communeA.id, '2026-12-20', 'dueSoon'],
      [people.communeB.id, '2027-06-01', 'notDue'],
    ])

    expect(await overdueRecurringByCommune(payload, new Date('2026-11-25T08:00:00Z'))).toEqual(new Map())
    expect(await overdueRecurringByCommune(payload, new Date('2027-01-05T08:00:00Z'))).toEqual(new Map([[people.communeA.id, 1]]))
    expect(await overdueRecurringByCommune(payload, '2027-06-02')).toEqual(
      new Map([
        [people.communeA.id, 1],
        [people.communeB.id, 1],
      ]),
    )
  })

  it('reminds the référent of the commune once per due date, even with two runs at once, and again for a new done day', async () => {
    const now = new Date('2026-11-25T06:30:00Z')
    // Too early (more than 30 days before 20 December): nothing.
    expect(await sendRecurringReminders(payload, new Date('2026-11-19T06:30:00Z'))).toBe(0)

    // Two runs at once (two instances): one message.
    const runs = await Promise.all([sendRecurringReminders(payload, now), sendRecurringReminders(payload, now)])
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1)
    const mail = await mailbox.waitFor((m) => /à refaire/.test(m.subject ?? ''))
    expect(mail.subject).toBe('Relais : à refaire avant le 20 décembre 2026 — Tester la restauration une fois par an.')
    expect(recipients(mail)).toEqual(['registre.a@test.local'])
    expect(mail.text).toContain('faite le 20 décembre 2025')

    // Never again for that due date: the same day, later days, once overdue.
    expect(await sendRecurringReminders(payload, now)).toBe(0)
    expect(await sendRecurringReminders(payload, new Date('2026-12-15T06:30:00Z'))).toBe(0)
    expect(await sendRecurringReminders(payload, new Date('2027-01-05T06:30:00Z'))).toBe(0)

    // Done again: a new due date (20 November 2027), reminded once when it comes near.
    await payload.update({ collection: 'checklist-progress', id: answerA, data: { doneOn: '2026-11-20' } })
    expect(await sendRecurringReminders(payload, now)).toBe(0)
    const later = new Date('2027-10-25T06:30:00Z')
    expect(await sendRecurringReminders(payload, later)).toBe(1)
    expect(await sendRecurringReminders(payload, later)).toBe(0)
    const second = await mailbox.waitFor((m) => /20 novembre 2027/.test(m.subject ?? ''))
    expect(recipients(second)).toEqual(['registre.a@test.local'])

    // Commune B's action falls due on 1 June 2027: its own référent only, once.
    const may = new Date('2027-05-10T06:30:00Z')
    expect(await sendRecurringReminders(payload, may)).toBe(1)
    expect(await sendRecurringReminders(payload, may)).toBe(0)
    const toB = await mailbox.waitFor((m) => /1 juin 2027|1er juin 2027/.test(m.subject ?? ''))
    expect(recipients(toB)).toEqual([referentB.email])
    expect(reminders()).toHaveLength(3)
  })
})

describe('a deleted commune', () => {
  it('takes its private files with it: a proof never becomes a shared file', async () => {
    const commune = await payload.create({
      collection: 'communes',
      data: { name: 'Commune éphémère', ofsNumber: 9990, district: '2312' } as never,
    })
    const shared = await payload.create({
      collection: 'media',
      data: { alt: 'Affiche partagée' },
      file: { data: PDF, mimetype: 'application/pdf', name: 'affiche.pdf', size: PDF.length },
    })
    const proof = await payload.create({
      collection: 'media',
      data: { alt: 'Rapport de test de restauration', commune: commune.id },
      file: { data: PDF, mimetype: 'application/pdf', name: 'preuve.pdf', size: PDF.length },
    })
    await payload.delete({ collection: 'communes', id: commune.id })
    const left = await payload.find({ collection: 'media', where: { id: { in: [shared.id, proof.id] } } })
    expect(left.docs.map((doc) => doc.id)).toEqual([shared.id])
  })
})

describe('the regional completion', () => {
  it('counts a recurring action past its due date as to do again, as the guide page does', async () => {
    const commune = await payload.create({
      collection: 'communes',
      data: { name: 'Commune à jour', ofsNumber: 9991, district: '2312' } as never,
    })
    await answer(commune.id, 'test-annuel', '2025-03-01')
    await answer(commune.id, 'inventaire', '2025-03-01')
    const completionOn = async (day: string) =>
      (await checklistCompletion.compute({ payload, today: new Date(`${day}T12:00:00Z`) })).get(commune.id)
    const beforeDue = await completionOn('2025-09-01')
    const afterDue = await completionOn('2026-09-01')
    expect(beforeDue).toBeGreaterThan(afterDue ?? 0)
    const matrix = await readCompletionMatrix(payload, undefined, '2026-09-01')
    expect(matrix.matrix.get(commune.id)?.perGuide.get(guide)).toBe(50)
    expect((await readCompletionMatrix(payload, undefined, '2025-09-01')).matrix.get(commune.id)?.perGuide.get(guide)).toBe(100)
    // The roll-up of /guides/suivi (today's date): the answer « fait » of March 2025 is due again, so fewer count as done than are recorded so.
    const coordinator = await payload.findByID({ collection: 'users', id: people.coordinator.id })
    const { guides } = await checklistRollup(payload, coordinator)
    const counts = guides.find((g) => g.id === guide)!.items.find((item) => item.key === 'test-annuel')!.counts
    const doneRows = await payload.count({
      collection: 'checklist-progress',
      where: { guide: { equals: guide }, itemKey: { equals: 'test-annuel' }, state: { equals: 'done' } },
    })
    expect(counts.done).toBeLessThan(doneRows.totalDocs)
    expect(guides.find((g) => g.id === guide)!.items.find((item) => item.key === 'inventaire')!.counts.todo).toBe(0)
  })
})
