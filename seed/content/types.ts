/** Shapes of the knowledge-base seed content (guides, FAQ, templates). Rich text is written as simple blocks. */

import type { FaqTheme } from '@/faqs/vocabulary'
import type { Audience, GuideTheme } from '@/guides/vocabulary'
import type { ActorLevel, InitiativeStatus, InitiativeTheme, Level } from '@/map/vocabulary'
import type { RichBlock } from '@/richtext/fromBlocks'
import type { TemplateCategory } from '@/templates/vocabulary'

/** A named source: who published it and its title; the address only when it is certain. */
export type SourceSeed = { title: string; publisher: string; url?: string }

export type GuideSeed = {
  slug: string
  title: string
  theme: GuideTheme
  audiences: Audience[]
  /** Two or three sentences shown in lists and at the top of the guide. */
  summary: string
  body: RichBlock[]
  /** 5 to 12 minimal actions; `key` is a stable kebab-case identifier, unique within the guide. */
  /** `recurrence`: only where the action's own text says how often (« une fois par an »). */
  checklist: { key: string; label: string; help?: string; recurrence?: '6' | '12' | '24' }[]
  sources: SourceSeed[]
  /** Numbers of the related measures of ANNEXE III (strategy 004). */
  measureNumbers: number[]
  reviewIntervalMonths: number
  /** ISO date (YYYY-MM-DD) of the last review. */
  lastReviewedAt: string
}

export type FaqSeed = {
  question: string
  answer: RichBlock[]
  theme: FaqTheme
  order: number
  /** Where the answer's facts come from: at least one, shown under the answer. */
  sources: SourceSeed[]
}

export type TemplateSeed = {
  slug: string
  title: string
  category: TemplateCategory
  /** One or two sentences: what it is for and who uses it. */
  description: string
  /** Why the model, how to fill it in: shown on its page, never in the downloaded document. */
  instructions: RichBlock[]
  body: RichBlock[]
  /** Where the model comes from (source document, measure). */
  source: string
}

/** An actor of the Valais digital ecosystem (strategy 004, ANNEXE IV and Figure 4). */
export type ActorSeed = {
  /** Stable kebab-case identifier, also the URL: /acteurs/<slug>. */
  slug: string
  name: string
  acronym?: string
  level: ActorLevel
  /** One or two sentences: who this actor is. */
  summary: string
  /** The actor's missions, verbatim from the source where it lists them. */
  missions: string[]
  website?: string
  /** Where the facts come from, e.g. "Stratégie numérique ARVr 2022–25, ANNEXE IV". */
  source: string
}

/** A digital initiative named in the source documents. */
export type InitiativeSeed = {
  slug: string
  title: string
  /** One or two sentences shown in lists and on the map. */
  summary: string
  description: string
  /** Slug of the lead actor, and of the partners (all must exist in the actors seed). */
  lead: string
  partners: string[]
  /** True when the initiative concerns every commune of the region (shown beside the map, not shaded). */
  allCommunes: boolean
  /** OFS numbers of the communes that take part (seed/communes.ts), when named by the sources. */
  communeOfs: number[]
  themes: InitiativeTheme[]
  level: Level
  stage: InitiativeStatus
  /** ISO dates YYYY-MM-DD. */
  startDate?: string
  endDate?: string
  website?: string
  measureNumbers: number[]
  source: string
}

/** A key point a commune checks in its contract with an IT provider (measure 11 of strategy 004). */
export type ContractCriterionSeed = {
  /** Stable kebab-case identifier. */
  key: string
  title: string
  /** The question the commune answers about one contract (oui / partiellement / non / je ne sais pas / sans objet). */
  question: string
  /** Why it matters, in plain French for a municipal secretary. */
  why: string
  /** What to do when the contract falls short: the advice shown with the gap. */
  advice: string
}
