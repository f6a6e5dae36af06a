import type { Payload } from 'payload'

import { thursday } from './committees'
import { demoEvents } from './content/events'

/** Demo only: the symposium (last and next), a training evening and a webinar, published, not announced, labelled as examples. */
export async function seedDemoEvents(payload: Payload) {
  if ((await payload.count({ collection: 'events' })).totalDocs > 0) return
  for (const { measureNumbers, weeksFromNow, hours, ...event } of demoEvents) {
    const measures = await payload.find({ collection: 'measures', where: { number: { in: measureNumbers } }, depth: 0 })
    const at = (hour: number) => thursday(weeksFromNow, `${String(hour).padStart(2, '0')}:00`)
    await payload.create({
      collection: 'events',
      data: {
        ...event,
        startsAt: at(hours[0]!),
        endsAt: at(hours[1]!),
        measures: measures.docs.map((m) => m.id),
        audiences: ['personnel'],
        _status: 'published',
      },
      draft: false,
    })
  }
  payload.logger.info(`Seed: ${demoEvents.length} demo events created`)
}
