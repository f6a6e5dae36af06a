/**
 * The commune's tools in German (issue 26, part D), without a server: what leaves Relais for a person is in their
 * language. The watch's Atom feed of a German subscriber has German titles and kinds; the contract notice reminder
 * and the regional alert go out as one message per language, the German recipients apart from the French ones.
 */
import { parseFeed } from '@rowanmanning/feed-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendAlertMails } from '@/alerts/mail'
import { sendContractNoticeReminders } from '@/contracts/noticeReminders'
import { feedLocale, watchFeed } from '@/watch/feeds'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, type People } from '@tests/helpers/people'
import { providerNamed } from '@tests/helpers/providers'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let mailbox: Mailbox

const addresses = (mail: Mailbox['messages'][number]) =>
  (mail.to as unknown as { value: { address: string }[] }).value.map((to) => to.address).sort()

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  ;({ payload } = await bootPayload(mailbox.env))
  people = await createPeople(payload, 'langues')
})
afterAll(async () => {
  await mailbox?.stop()
})

describe('the watch feed speaks its subscriber’s language', () => {
  it('a German subscriber’s feed has German titles and kinds; a French one’s stays French', async () => {
    await payload.create({
      collection: 'watch-items',
      data: { title: 'Veille Bourrée', kind: 'cybersecurite', summary: 'Bourrée.', _status: 'published' },
      draft: false,
    })
    const german = await payload.update({ collection: 'users', id: people['member A'].id, data: { locale: 'de' } })
    const french = await payload.findByID({ collection: 'users', id: people['member B'].id })
    expect(await feedLocale(payload, german)).toBe('de')
    expect(await feedLocale(payload, french)).toBe('fr')

    const xml = await watchFeed(payload, { token: 'x'.repeat(32), kind: 'cybersecurite', author: 'ARVr', locale: 'de' })
    expect(xml).toContain('xml:lang="de-CH"')
    const feed = parseFeed(xml).toJSON()
    expect(feed.title).toBe('Relais — Themenbeobachtung: Cybersicherheit')
    const entry = feed.items.find((item) => item.title === 'Veille Bourrée')!
    expect(entry.categories[0]).toMatchObject({ term: 'cybersecurite', label: 'Cybersicherheit' })

    const frenchFeed = parseFeed(await watchFeed(payload, { token: 'x'.repeat(32), author: 'ARVr', locale: 'fr' })).toJSON()
    expect(frenchFeed.title).toBe('Relais — Veille')
  })
})

describe('e-mails go out in each recipient’s language', () => {
  it('the notice reminder: one message for the German référent, another for the French register address', async () => {
    const germanReferent = await createUser(payload, {
      email: 'referent.de@test.local',
      name: 'Rita Referentin',
      roles: ['member'],
      commune: people.communeB.id,
      communeReferent: true,
    })
    await payload.update({ collection: 'users', id: germanReferent.id, data: { locale: 'de' } })
    await payload.create({
      collection: 'commune-registers',
      data: {
        commune: people.communeB.id,
        referentName: 'Régis Registre',
        referentFunction: 'executif',
        referentEmail: 'registre.b@test.local',
      },
    })
    await payload.create({
      collection: 'contracts',
      data: {
        commune: people.communeB.id,
        provider: providerNamed('Sprachen AG'),
        service: 'Sprachdienst',
        termEndsOn: '2027-04-30',
        noticeMonths: 3,
      },
    })
    expect(await sendContractNoticeReminders(payload, new Date('2026-11-23T08:00:00Z'))).toBe(1)
    await mailbox.waitFor((m) => /Sprachdienst/.test(m.subject ?? '') && addresses(m).includes('referent.de@test.local'))
    await mailbox.waitFor((m) => /Sprachdienst/.test(m.subject ?? '') && addresses(m).includes('registre.b@test.local'))
    const sent = mailbox.messages.filter((m) => /Sprachdienst/.test(m.subject ?? '')).map(addresses)
    expect(sent.sort()).toEqual([['referent.de@test.local'], ['registre.b@test.local']])
  })

  it('the regional alert: its severity in German for a German recipient, in French for the others', async () => {
    await payload.update({ collection: 'users', id: people['validator A'].id, data: { locale: 'de' } })
    const alert = await payload.create({
      collection: 'regional-alerts',
      data: { title: 'Alerte Gavotte', whatToCheck: 'Vérifier.', severity: 'importante', expiresOn: '2099-12-31', status: 'published' },
    })
    expect(await sendAlertMails(payload, alert.id)).toBeGreaterThan(1)
    const german = await mailbox.waitFor((m) => /Gavotte/.test(m.subject ?? '') && addresses(m).includes(people['validator A'].email))
    expect(german.subject).toMatch(/wichtig/i)
    const french = await mailbox.waitFor((m) => /Gavotte/.test(m.subject ?? '') && addresses(m).includes('registre.b@test.local'))
    expect(french.subject).toMatch(/importante/i)
  })
})
