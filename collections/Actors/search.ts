import type { Actor } from '@/payload-types'
import { searchDocument } from '@/search/document'

export const actorSearchDocument = (actor: Actor) =>
  searchDocument({
    collection: 'actors',
    docId: String(actor.id),
    type: 'acteur',
    title: actor.acronym ? `${actor.name} (${actor.acronym})` : actor.name,
    text: [actor.summary, ...(actor.missions ?? []).map((mission) => mission.text)].join('\n'),
    url: `/acteurs/${actor.slug}`,
    visibility: 'members',
  })
