import type { Payload, Where } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { contentViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { idOf } from '@/fields/idOf'
import type { Initiative, User } from '@/payload-types'

import { type InitiativeStatus, initiativeStatusKeys, type InitiativeTheme, initiativeThemeKeys, type Level, levelKeys } from './vocabulary'

/** What the map shows of an initiative. */
export type InitiativeSummary = Pick<
  Initiative,
  'id' | 'title' | 'slug' | 'summary' | 'themes' | 'level' | 'stage' | 'allCommunes' | 'communes'
>

export type MapFilters = { theme?: InitiativeTheme; level?: Level; status?: InitiativeStatus }

const pick = <T extends string>(values: readonly T[], value: unknown) =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined

/** The map's filters from the address; an unknown value is ignored rather than refused (links get mistyped). */
export const parseMapFilters = (params: Record<string, string | string[] | undefined>): MapFilters => ({
  theme: pick(initiativeThemeKeys, params.theme),
  level: pick(levelKeys, params.level),
  status: pick(initiativeStatusKeys, params.status),
})

export type CommuneCount = { id: number; ofs: number; name: string; count: number }

export type MapData = {
  communes: CommuneCount[]
  /** Initiatives that name their communes, by commune id. */
  byCommune: Map<number, InitiativeSummary[]>
  /** Initiatives for every commune of the region: listed beside the map rather than shaded everywhere. */
  regionWide: InitiativeSummary[]
  /** Every published initiative that passes the filters. */
  initiatives: InitiativeSummary[]
}

/** Published initiatives passing the filters, read as `user`, and how many involve each commune by name. */
export const mapData = (payload: Payload, user: User, filters: MapFilters): Promise<MapData> =>
  // Every member sees the same map: kept in the shared cache (src/cache/shared.ts).
  sharedRead(payload, ['communes', 'initiatives'], `${contentViewer(user)}|${JSON.stringify(filters)}`, () =>
    readMapData(payload, user, filters),
  )

async function readMapData(payload: Payload, user: User, filters: MapFilters): Promise<MapData> {
  const where: Where[] = [{ _status: { equals: 'published' } }]
  if (filters.theme) where.push({ themes: { contains: filters.theme } })
  if (filters.level) where.push({ level: { equals: filters.level } })
  if (filters.status) where.push({ stage: { equals: filters.status } })
  const read = allAsUser(user)
  const [communes, initiatives] = await Promise.all([
    payload.find({ collection: 'communes', ...read, sort: 'name', select: { name: true, ofsNumber: true } }),
    payload.find({
      collection: 'initiatives',
      ...read,
      where: { and: where },
      sort: 'title',
      select: { title: true, slug: true, summary: true, themes: true, level: true, stage: true, allCommunes: true, communes: true },
    }),
  ])
  const byCommune = new Map<number, InitiativeSummary[]>()
  for (const initiative of initiatives.docs)
    for (const commune of initiative.communes ?? []) {
      const list = byCommune.get(idOf(commune)) ?? []
      if (!list.length) byCommune.set(idOf(commune), list)
      list.push(initiative)
    }
  return {
    communes: communes.docs.map((c) => ({ id: c.id, ofs: c.ofsNumber, name: c.name, count: byCommune.get(c.id)?.length ?? 0 })),
    byCommune,
    regionWide: initiatives.docs.filter((i) => i.allCommunes),
    initiatives: initiatives.docs,
  }
}
