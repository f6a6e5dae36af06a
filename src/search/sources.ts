import type { CollectionSlug } from 'payload'

import type { Locale } from '@/i18n/locales'
import { actionItemSearchDocument } from '@collections/ActionItems/search'
import { actorSearchDocument } from '@collections/Actors/search'
import { agendaItemSearchDocument } from '@collections/AgendaItems/search'
import { committeeSearchDocument } from '@collections/Committees/search'
import { contractCriterionSearchDocument } from '@collections/ContractCriteria/search'
import { eventSearchDocument } from '@collections/Events/search'
import { faqSearchDocument } from '@collections/Faqs/search'
import { guideSearchDocument } from '@collections/Guides/search'
import { initiativeSearchDocument } from '@collections/Initiatives/search'
import { measureSearchDocument } from '@collections/Measures/search'
import { meetingSearchDocument } from '@collections/Meetings/search'
import { processSearchDocument } from '@collections/Processes/search'
import { templateSearchDocument } from '@collections/Templates/search'
import { watchItemSearchDocument } from '@collections/WatchItems/search'

import type { SearchDocument } from './types'

/**
 * The searchable collections and how each turns a document into an index entry (null: not indexed, e.g. a
 * draft). Every new searchable collection adds its line here; sync hooks, reindex and checks follow.
 */
export const searchSources: Partial<Record<CollectionSlug, (doc: never, locale: Locale) => SearchDocument | null>> = {
  guides: guideSearchDocument,
  measures: measureSearchDocument,
  templates: templateSearchDocument,
  faqs: faqSearchDocument,
  committees: committeeSearchDocument,
  meetings: meetingSearchDocument,
  'agenda-items': agendaItemSearchDocument,
  'action-items': actionItemSearchDocument,
  events: eventSearchDocument,
  initiatives: initiativeSearchDocument,
  actors: actorSearchDocument,
  'contract-criteria': contractCriterionSearchDocument,
  processes: processSearchDocument,
  'watch-items': watchItemSearchDocument,
}

export const searchableCollections = Object.keys(searchSources) as CollectionSlug[]

export const isSearchable = (slug: string): slug is CollectionSlug => Object.hasOwn(searchSources, slug)

/**
 * The collections whose content editors may write in German too (Payload's localized fields): besides its French
 * entry, a document with a German title gets a German one, read without fallback (its German text only).
 */
export const localizedSearchCollections: readonly CollectionSlug[] = ['guides', 'faqs', 'templates', 'measures', 'events', 'watch-items']

export const isLocalizedSearch = (slug: CollectionSlug) => localizedSearchCollections.includes(slug)

/** `doc` as read in `locale` (French unless said): its entry in that language, or null (draft, no text in it). */
export const toSearchDocument = (collection: CollectionSlug, doc: unknown, locale: Locale = 'fr'): SearchDocument | null =>
  searchSources[collection]?.(doc as never, locale) ?? null
