import type { Payload } from 'payload'

import { communeOf } from '@/access/roles'
import { allAsUser, asUser } from '@/auth/asUser'
import { asReadable, contentViewer, readableNames } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { completion } from '@/checklists/completion'
import { effectiveState } from '@/checklists/recurrence'
import { isReviewOverdue } from '@/checklists/review'
import { checklistToday } from '@/checklists/today'
import type { ChecklistState } from '@/checklists/vocabulary'
import { inLocale, readingLocale, withLanguage } from '@/content/language'
import { zurichDay } from '@/fields/day'
import { idOf } from '@/fields/idOf'
import type { Locale } from '@/i18n/locales'
import type { Guide, User } from '@/payload-types'

import { posterOf } from './poster'
import { type HistoryEntry, reviewHistory } from './reviewHistory'

/**
 * The cards of the guides list: each guide with whether its review is overdue and, for a person of a commune,
 * that commune's completion of its checklist (null for people without a commune). Read as the user, in the reader's
 * language (`lang`: the language each guide is shown in).
 */
export async function loadGuideCards(payload: Payload, user: User, audience: string | null, now = new Date(), given?: Locale) {
  const commune = communeOf(user)
  const locale = await readingLocale(given)
  const [guides, answers] = await Promise.all([
    payload.find({
      collection: 'guides',
      where: audience ? { audiences: { contains: audience } } : undefined,
      ...allAsUser(user),
      ...inLocale(locale),
      sort: 'title',
      select: {
        title: true,
        slug: true,
        theme: true,
        summary: true,
        _status: true,
        checklist: true,
        lastReviewedAt: true,
        reviewIntervalMonths: true,
      },
    }),
    commune === null
      ? null
      : payload.find({
          collection: 'checklist-progress',
          // Access rules already keep members to their commune; the filter keeps coordinators to theirs.
          where: { commune: { equals: commune } },
          ...allAsUser(user),
          select: { guide: true, itemKey: true, state: true, doneOn: true },
        }),
  ])
  const today = checklistToday()
  const shown = await withLanguage(payload, user, 'guides', guides.docs, 'title', locale)
  return shown.map(({ checklist, lastReviewedAt, reviewIntervalMonths, ...guide }) => {
    const keys = (checklist ?? []).map((item) => item.key)
    const periods = new Map((checklist ?? []).map((item) => [item.key, item.recurrence]))
    // A recurring action done too long ago counts as to do again (src/checklists/recurrence.ts).
    const states = new Map<string, ChecklistState>(
      (answers?.docs ?? [])
        .filter((answer) => idOf(answer.guide) === guide.id)
        .map((answer) => [
          answer.itemKey,
          effectiveState(
            { state: answer.state, doneOn: answer.doneOn ? zurichDay(answer.doneOn) : null },
            periods.get(answer.itemKey),
            today,
          ),
        ]),
    )
    return {
      ...guide,
      overdue: isReviewOverdue({ lastReviewedAt, reviewIntervalMonths }, now),
      progress: answers && keys.length > 0 ? { percent: completion(keys, states), started: keys.some((key) => states.has(key)) } : null,
    }
  })
}

const readGuide = async (payload: Payload, user: User, slug: string, draft: boolean, locale: Locale) => {
  const found = (
    await payload.find({
      collection: 'guides',
      where: { slug: { equals: slug } },
      ...asUser(user),
      ...inLocale(locale),
      draft,
      limit: 1,
      depth: 1,
      populate: { users: { name: true }, media: { alt: true, filename: true, url: true } },
    })
  ).docs[0]
  return found && (await withLanguage(payload, user, 'guides', [found], 'title', locale, { draft }))[0]!
}

/**
 * A guide by its slug, read as the user, its related documents trimmed to what the page shows. `draft`: its latest
 * draft (the editors' preview, src/preview/preview.ts); the access rules still apply, members only ever get what is published.
 * The published guide is kept in the shared cache (src/cache/shared.ts) without its owner, whose name is read for
 * each request as the person (who may or may not read that account). In the reader's language, French where the
 * guide has no German (`lang` says which).
 */
export async function loadGuide(
  payload: Payload,
  user: User,
  slug: string,
  { draft = false, locale: given }: { draft?: boolean; locale?: Locale } = {},
) {
  const locale = await readingLocale(given)
  if (draft) return readGuide(payload, user, slug, true, locale)
  const guide = await sharedRead(payload, ['guides', 'media'], `${contentViewer(user)}|${locale}|${slug}`, async () => {
    const found = await readGuide(payload, user, slug, false, locale)
    return found && { ...found, owner: found.owner == null ? found.owner : idOf(found.owner) }
  })
  if (!guide) return guide
  const names = await readableNames(payload, user, [guide.owner])
  return { ...guide, owner: asReadable(names, guide.owner) as Guide['owner'] }
}

/** The guides linked to a measure (title, slug, and whether it has a poster to print), for the measure's page. */
export const loadGuidesOfMeasure = async (payload: Payload, user: User, measureNumber: number, given?: Locale) => {
  const locale = await readingLocale(given)
  return sharedRead(payload, ['guides'], `${contentViewer(user)}|${locale}|measure ${measureNumber}`, async () =>
    (
      await payload.find({
        collection: 'guides',
        ...allAsUser(user),
        ...inLocale(locale),
        where: { measureNumbers: { equals: measureNumber } },
        sort: 'title',
        select: { title: true, slug: true, body: true },
      })
    ).docs.map(({ body, ...guide }) => ({ ...guide, hasPoster: posterOf({ title: guide.title, body }) !== null })),
  )
}

/**
 * The review history of a guide (issue 24): who revised it, when, and what changed, from its published versions.
 * The page has read the guide as the person first (`loadGuide`); its versions are the editors' (`readVersions`), so
 * they are read here as the system and only what the history shows of the published ones is handed on: dates, the
 * reviser's name and the « Ce qui a changé » note, never a draft.
 */
export async function loadReviewHistory(payload: Payload, guideId: number): Promise<HistoryEntry[]> {
  const { docs } = await payload.findVersions({
    collection: 'guides',
    where: { and: [{ parent: { equals: guideId } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    select: { updatedAt: true, version: { lastReviewedAt: true, changeNote: true, revisedByName: true } } as never,
  })
  return reviewHistory(
    docs.map((doc) => {
      const version = doc.version as Partial<Guide>
      return {
        publishedAt: doc.updatedAt,
        lastReviewedAt: version.lastReviewedAt ?? null,
        changeNote: version.changeNote ?? null,
        revisedByName: version.revisedByName ?? null,
      }
    }),
  )
}
