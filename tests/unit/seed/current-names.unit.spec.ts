import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { seedActors } from '@seed/cartography'
import { actors } from '@seed/content/actors'
import { committees } from '@seed/content/committees'
import { contractCriteria } from '@seed/content/contractCriteria'
import { demoEvents } from '@seed/content/events'
import { faqs } from '@seed/content/faqs'
import { guides } from '@seed/content/guides'
import { initiatives } from '@seed/content/initiatives'
import { templates } from '@seed/content/templates'
import { demoInitiatives } from '@seed/demo-commune'

/**
 * The National Cyber Security Centre (NCSC) has been the Federal Office for Cyber Security (OFCS; BACS in German)
 * since 1 January 2024. The measures keep the strategy's words (ANNEXE III is quoted verbatim); everything else
 * uses the current name, and the former one appears once, in the office's own entry, where people look for it.
 */
const formerName = /\bNCSC\b|National Cyber Security|Centre national pour la cybersécurité/i
const text = (value: unknown) => JSON.stringify(value).replaceAll('ncsc.admin.ch', '') // the office kept its web address

describe('the Federal Office for Cyber Security, by its current name', () => {
  const office = actors.find((actor) => actor.acronym === 'OFCS')!

  it('is the actor « Office fédéral de la cybersécurité (OFCS) », at /acteurs/ofcs', () => {
    expect(office).toMatchObject({ slug: 'ofcs', name: 'Office fédéral de la cybersécurité', level: 'federal' })
    expect(office.summary).toContain('BACS')
  })

  it('names the former NCSC once, in the office’s own entry', () => {
    expect(office.summary.match(new RegExp(formerName, 'gi'))).toEqual(['Centre national pour la cybersécurité', 'NCSC'])
    expect(office.summary).toContain('Centre national pour la cybersécurité (NCSC)')
  })

  it('is never called NCSC in guides, FAQ, templates, initiatives, other actors, events, committees or contract points', () => {
    const seeded = {
      guides,
      faqs,
      templates,
      initiatives: [...initiatives, ...demoInitiatives],
      actors: actors.filter((actor) => actor !== office),
      events: demoEvents,
      committees,
      contractCriteria,
      office: { ...office, summary: '' },
    }
    for (const [kind, items] of Object.entries(seeded)) expect(text(items), kind).not.toMatch(formerName)
    expect(text(guides)).toContain('Office fédéral de la cybersécurité (OFCS)')
  })
})

describe('an actor seeded earlier as the NCSC', () => {
  /** A stand-in for Payload holding one stored actor besides the seeded ones; records the updates. */
  function withStored(stored: { id: number; slug: string; name: string }) {
    const updates: { id: number; data: Record<string, unknown> }[] = []
    const fake = {
      logger: { info: () => undefined },
      find: async ({ where }: { where?: { slug?: { equals?: string } } }) => ({
        docs: where?.slug?.equals
          ? where.slug.equals === stored.slug
            ? [stored]
            : []
          : [...actors.filter((a) => a.slug !== 'ofcs'), stored].map((a, i) => ({ id: i + 100, slug: a.slug })),
      }),
      count: async () => ({ totalDocs: 0 }),
      create: async ({ data }: { data: { slug: string } }) => {
        throw new Error(`created ${data.slug} a second time`)
      },
      update: async ({ id, data }: { id: number; data: Record<string, unknown> }) => {
        updates.push({ id, data })
        Object.assign(stored, data)
        return stored
      },
    } as unknown as Payload
    return { fake, updates }
  }

  it('becomes the OFCS (slug, name, acronym, summary, source), not a second actor', async () => {
    const { fake, updates } = withStored({ id: 7, slug: 'ncsc', name: 'National Cyber Security Center' })
    await seedActors(fake)
    expect(updates).toHaveLength(1)
    const { missions: _missions, ...current } = actors.find((a) => a.slug === 'ofcs')!
    expect(updates[0]).toEqual({ id: 7, data: current })
  })

  it('keeps a name someone edited, and only moves to the new slug', async () => {
    const { fake, updates } = withStored({ id: 7, slug: 'ncsc', name: 'Office fédéral de la cybersécurité (OFCS)' })
    await seedActors(fake)
    expect(updates).toEqual([{ id: 7, data: { slug: 'ofcs' } }])
  })
})
