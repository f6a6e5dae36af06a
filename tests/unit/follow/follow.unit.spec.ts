import { describe, expect, it } from 'vitest'

import { digestHtml, digestText } from '@/email/templates/digest'
import { dueFrequencies } from '@/follow/digest'
import { isFollowing } from '@/follow/follow'
import { guideChange, isNewAction, stampAddedAt } from '@/follow/guideChanges'
import { readUnsubscribeToken, unsubscribeToken } from '@/follow/unsubscribe'

const secret = 'a-secret-of-the-app-0123456789abcdef'

describe('unsubscribe tokens', () => {
  it('read back the person and kind they were signed for', () => {
    expect(readUnsubscribeToken(secret, unsubscribeToken(secret, 42, 'minutes'))).toEqual({ userId: 42, kind: 'minutes' })
    expect(readUnsubscribeToken(secret, unsubscribeToken(secret, 7, 'tout'))).toEqual({ userId: 7, kind: 'tout' })
  })

  it('refuse another person, another kind, another secret, a changed signature and garbage', () => {
    const token = unsubscribeToken(secret, 42, 'minutes')
    expect(readUnsubscribeToken(secret, token.replace('42.', '43.'))).toBeNull()
    expect(readUnsubscribeToken(secret, token.replace('.minutes.', '.watch-item.'))).toBeNull()
    expect(readUnsubscribeToken('another-secret', token)).toBeNull()
    expect(readUnsubscribeToken(secret, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull()
    expect(readUnsubscribeToken(secret, `${token}x`)).toBeNull()
    expect(readUnsubscribeToken(secret, '42.inconnu.' + token.split('.')[2])).toBeNull()
    expect(readUnsubscribeToken(secret, '')).toBeNull()
  })
})

describe('who follows', () => {
  const referent = { id: 1, roles: ['member' as const], commune: 3, communeReferent: true }
  const cotec = { id: 2, roles: ['cotec' as const, 'member' as const], commune: null, communeReferent: false }
  const guide = { target: 'guide' as const, key: '12' }

  it('a référent follows every guide by default, a committee member their committee only', () => {
    expect(isFollowing(referent, [], guide)).toBe(true)
    expect(isFollowing(cotec, [], guide)).toBe(false)
    expect(isFollowing(cotec, [], { target: 'committee', key: 'cotec' })).toBe(true)
    expect(isFollowing(cotec, [], { target: 'committee', key: 'copil' })).toBe(false)
  })

  it('a row for the record wins over the row for every record, which wins over the default', () => {
    expect(isFollowing(referent, [{ target: 'guide', key: '12', following: false }], guide)).toBe(false)
    expect(isFollowing(referent, [{ target: 'guide', key: '*', following: false }], guide)).toBe(false)
    expect(
      isFollowing(
        referent,
        [
          { target: 'guide', key: '*', following: false },
          { target: 'guide', key: '12', following: true },
        ],
        guide,
      ),
    ).toBe(true)
    expect(isFollowing(cotec, [{ target: 'guide', key: '*', following: true }], guide)).toBe(true)
  })
})

describe('what a publication changed', () => {
  const v1 = { title: 'Sauvegardes', summary: 'S.', checklist: [{ key: 'a', label: 'A', addedAt: null }] }

  it('new actions by key, and whether anything read changed; the first publication changes nothing followed', () => {
    expect(guideChange(null, v1)).toEqual({ added: [], revised: false })
    expect(guideChange(v1, { ...v1 })).toEqual({ added: [], revised: false })
    expect(guideChange(v1, { ...v1, summary: 'Autre.' })).toEqual({ added: [], revised: true })
    const v2 = { ...v1, checklist: [...v1.checklist, { key: 'b', label: 'B' }] }
    expect(guideChange(v1, v2).added.map((item) => item.key)).toEqual(['b'])
  })

  it('dates an action when a publication adds it, keeps the date after, none in a draft or a first publication', () => {
    const now = new Date('2026-12-01T10:00:00Z')
    const items = [
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
    ]
    const previous = { checklist: [{ key: 'a', label: 'A', addedAt: '2026-01-01T00:00:00.000Z' }] }
    expect(stampAddedAt(items, previous, true, now).map((i) => i.addedAt)).toEqual(['2026-01-01T00:00:00.000Z', now.toISOString()])
    expect(stampAddedAt(items, previous, false, now).map((i) => i.addedAt)).toEqual(['2026-01-01T00:00:00.000Z', null])
    expect(stampAddedAt(items, null, true, now).map((i) => i.addedAt)).toEqual([null, null])
  })

  it('« Nouveau » until the commune answers it, for 30 days at most', () => {
    const now = new Date('2026-12-10T10:00:00Z')
    const item = { key: 'b', addedAt: '2026-12-01T10:00:00.000Z' }
    expect(isNewAction(item, false, now)).toBe(true)
    expect(isNewAction(item, true, now)).toBe(false)
    expect(isNewAction(item, false, new Date('2027-01-05T10:00:00Z'))).toBe(false)
    expect(isNewAction({ key: 'a', addedAt: null }, false, now)).toBe(false)
  })
})

describe('the digest', () => {
  it('leaves every day for daily people, on Mondays (Zurich) for weekly people too', () => {
    expect(dueFrequencies(new Date('2026-12-01T06:15:00Z'))).toEqual(['daily'])
    expect(dueFrequencies(new Date('2026-12-07T06:15:00Z'))).toEqual(['daily', 'weekly'])
    // Sunday 23:30 UTC is already Monday in Zurich.
    expect(dueFrequencies(new Date('2026-12-06T23:30:00Z'))).toEqual(['daily', 'weekly'])
  })

  it('has the same items in its HTML (escaped) and plain-text parts, each kind with its unsubscribe link', () => {
    const message = {
      name: 'Anne <Membre>',
      weekly: false,
      settingsUrl: 'https://relais.test/compte/notifications',
      unsubscribeAllUrl: 'https://relais.test/desabonnement/1.tout.x',
      groups: [
        {
          label: 'Nouvelles actions dans les guides suivis',
          unsubscribeUrl: 'https://relais.test/desabonnement/1.guide-action.x',
          items: [{ title: 'Sauvegardes : une nouvelle action', detail: '« Tester »', url: 'https://relais.test/guides/sauvegardes' }],
        },
      ],
    }
    const html = digestHtml(message)
    const text = digestText(message)
    expect(html).toContain('Anne &lt;Membre&gt;')
    for (const part of [html, text]) {
      expect(part).toContain('Sauvegardes : une nouvelle action')
      expect(part).toContain('https://relais.test/desabonnement/1.guide-action.x')
      expect(part).toContain('https://relais.test/desabonnement/1.tout.x')
    }
    expect(text).toContain('Anne <Membre>')
    expect(text).not.toContain('<a ')
  })
})
