'use server'

import { z } from 'zod'

import { communeOf, isStaff } from '@/access/roles'
import { asUser } from '@/auth/asUser'
import { zurichDay } from '@/fields/day'
import { idOf } from '@/fields/idOf'
import { choice, day, flag, id, list, optionalId, requiredText, text } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import { recordId } from '@/http/recordId'
import { badInput, done, refuse } from '@/result'

import { alertSeverityKeys, incidentVectorKeys } from './vocabulary'

/**
 * The commune's référent or secretary shares an incident of its log with the region: a separate record, written
 * in the form from the incident's text (which they edit first), anonymous unless they tick « nommer la commune ».
 * Sent again, the form updates what was shared.
 */
export const shareIncidentAction = serverAction({
  input: z.object({
    incident: id('alerts.errors.incident'),
    title: requiredText(160, 'alerts.errors.sharedTitle'),
    summary: requiredText(2000, 'alerts.errors.summary'),
    vector: choice(incidentVectorKeys, 'alerts.errors.vector'),
    whatHelped: requiredText(2000, 'alerts.errors.whatHelped'),
    showCommune: flag(),
  }),
  allErrors: true,
  work: async ({ incident, ...data }, { payload, user }) => {
    const source = await payload.findByID({
      collection: 'digital-incidents',
      id: incident,
      depth: 0,
      disableErrors: true,
      ...asUser(user),
    })
    if (!source) return refuse(404, 'alerts.errors.incidentGone')
    const shared = (
      await payload.find({
        collection: 'shared-incidents',
        where: { incident: { equals: incident } },
        limit: 1,
        depth: 0,
        ...asUser(user),
      })
    ).docs[0]
    if (shared) {
      await payload.update({ collection: 'shared-incidents', id: shared.id, data, ...asUser(user) })
      return done('alerts.done.shareUpdated')
    }
    await payload.create({ collection: 'shared-incidents', data: { ...data, incident, commune: idOf(source.commune) }, ...asUser(user) })
    return done(data.showCommune ? 'alerts.done.sharedNamed' : 'alerts.done.sharedAnonymous')
  },
  revalidate: ({ incident }) => ['/ma-commune', `/ma-commune/incidents/${incident}/partager`, '/alertes'],
})

/** A coordinator raises an alert from shared incidents: a draft, or published at once (which sends the e-mail). */
export const raiseAlertAction = serverAction({
  input: z.object({
    title: requiredText(160, 'alerts.errors.title'),
    whatToCheck: requiredText(4000, 'alerts.errors.whatToCheck'),
    severity: choice(alertSeverityKeys, 'alerts.errors.severity'),
    expiresOn: day('alerts.errors.expiresOn', { required: 'alerts.errors.expiresOnRequired' }),
    incidents: list(),
    publish: flag(),
  }),
  allErrors: true,
  work: async ({ incidents, publish, ...data }, { payload, user }) => {
    if (!isStaff(user)) return refuse(403, 'alerts.errors.raiseStaffOnly')
    if (data.expiresOn < zurichDay(new Date())) return badInput('alerts.errors.expired')
    const ids = incidents.map((value) => recordId(value))
    if (ids.some((value) => value == null)) return badInput('alerts.errors.unknownIncident')
    const alert = await payload.create({
      collection: 'regional-alerts',
      data: { ...data, incidents: ids as number[], status: publish ? 'published' : 'draft' },
      ...asUser(user),
    })
    return done(publish ? 'alerts.done.published' : 'alerts.done.draft', { id: alert.id })
  },
  revalidate: () => ['/alertes', '/'],
  redirectTo: (_input, { id }) => `/alertes/${id}`,
})

/** Publishes a draft alert (the e-mail leaves once, whatever is clicked again). */
export const publishAlertAction = serverAction({
  input: z.object({ alert: id('alerts.errors.alert') }),
  work: async ({ alert }, { payload, user }) => {
    if (!isStaff(user)) return refuse(403, 'alerts.errors.publishStaffOnly')
    const found = await payload.findByID({ collection: 'regional-alerts', id: alert, depth: 0, disableErrors: true, ...asUser(user) })
    if (!found) return refuse(404, 'alerts.errors.alertGone')
    if (found.status === 'published') return done('alerts.done.alreadyPublished')
    if (found.expiresOn && zurichDay(found.expiresOn) < zurichDay(new Date())) return badInput('alerts.errors.expiredDraft')
    await payload.update({ collection: 'regional-alerts', id: alert, data: { status: 'published' }, ...asUser(user) })
    return done('alerts.done.published')
  },
  revalidate: ({ alert }) => ['/alertes', `/alertes/${alert}`, '/'],
})

/** « Vérifié chez nous »: once per commune, by its secretary or référent, with an optional note. */
export const acknowledgeAlertAction = serverAction({
  input: z.object({ alert: id('alerts.errors.alert'), note: text(1000), commune: optionalId() }),
  work: async ({ alert, note, commune }, { payload, user }) => {
    const staff = isStaff(user)
    const own = staff ? commune : communeOf(user)
    if (!own) return badInput(staff ? 'alerts.errors.commune' : 'alerts.errors.noCommune')
    const found = await payload.findByID({ collection: 'regional-alerts', id: alert, depth: 0, disableErrors: true, ...asUser(user) })
    if (!found || found.status !== 'published') return refuse(404, 'alerts.errors.notPublished')
    const already = await payload.count({
      collection: 'alert-acknowledgements',
      where: { and: [{ alert: { equals: alert } }, { commune: { equals: own } }] },
      ...asUser(user),
    })
    if (already.totalDocs) return refuse(409, 'alerts.errors.alreadyChecked')
    await payload.create({ collection: 'alert-acknowledgements', data: { alert, commune: own, note: note || null }, ...asUser(user) })
    return done('alerts.done.checked')
  },
  revalidate: ({ alert }) => ['/', '/alertes', `/alertes/${alert}`],
})
