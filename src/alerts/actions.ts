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

import { alertSeverities, incidentVectors } from './vocabulary'

/**
 * The commune's référent or secretary shares an incident of its log with the region: a separate record, written
 * in the form from the incident's text (which they edit first), anonymous unless they tick « nommer la commune ».
 * Sent again, the form updates what was shared.
 */
export const shareIncidentAction = serverAction({
  input: z.object({
    incident: id('Incident inconnu.'),
    title: requiredText(160, 'Donnez un titre court à l’incident partagé.'),
    summary: requiredText(2000, 'Décrivez ce qui s’est passé.'),
    vector: choice(incidentVectors, 'Choisissez le vecteur de l’incident.'),
    whatHelped: requiredText(2000, 'Indiquez ce qui a aidé (ou « rien de particulier »).'),
    showCommune: flag(),
  }),
  allErrors: true,
  work: async ({ incident, ...data }, { payload, user }) => {
    const source = await payload.findByID({ collection: 'digital-incidents', id: incident, depth: 0, disableErrors: true, ...asUser(user) })
    if (!source) return refuse(404, 'Cet incident n’existe pas dans le journal de votre commune.')
    const shared = (
      await payload.find({ collection: 'shared-incidents', where: { incident: { equals: incident } }, limit: 1, depth: 0, ...asUser(user) })
    ).docs[0]
    if (shared) {
      await payload.update({ collection: 'shared-incidents', id: shared.id, data, ...asUser(user) })
      return done('Le partage de l’incident est à jour.')
    }
    await payload.create({ collection: 'shared-incidents', data: { ...data, incident, commune: idOf(source.commune) }, ...asUser(user) })
    return done(
      data.showCommune
        ? 'Incident partagé avec la coordination ARVr, avec le nom de votre commune.'
        : 'Incident partagé avec la coordination ARVr, sans le nom de votre commune.',
    )
  },
  revalidate: ({ incident }) => ['/ma-commune', `/ma-commune/incidents/${incident}/partager`, '/alertes'],
})

/** A coordinator raises an alert from shared incidents: a draft, or published at once (which sends the e-mail). */
export const raiseAlertAction = serverAction({
  input: z.object({
    title: requiredText(160, 'Indiquez le titre de l’alerte.'),
    whatToCheck: requiredText(4000, 'Indiquez ce que les communes doivent vérifier.'),
    severity: choice(alertSeverities, 'Choisissez la gravité.'),
    expiresOn: day('La date d’expiration n’est pas une date valable.', { required: 'Indiquez jusqu’à quand l’alerte est valable.' }),
    incidents: list(),
    publish: flag(),
  }),
  allErrors: true,
  work: async ({ incidents, publish, ...data }, { payload, user }) => {
    if (!isStaff(user)) return refuse(403, 'Seule la coordination ARVr lance une alerte régionale.')
    if (data.expiresOn < zurichDay(new Date())) return badInput('La date d’expiration est déjà passée.')
    const ids = incidents.map((value) => recordId(value))
    if (ids.some((value) => value == null)) return badInput('Un des incidents choisis est inconnu.')
    const alert = await payload.create({
      collection: 'regional-alerts',
      data: { ...data, incidents: ids as number[], status: publish ? 'published' : 'draft' },
      ...asUser(user),
    })
    return done(publish ? 'Alerte publiée : l’e-mail part aux communes.' : 'Alerte enregistrée en brouillon.', { id: alert.id })
  },
  revalidate: () => ['/alertes', '/'],
  redirectTo: (_input, { id }) => `/alertes/${id}`,
})

/** Publishes a draft alert (the e-mail leaves once, whatever is clicked again). */
export const publishAlertAction = serverAction({
  input: z.object({ alert: id('Alerte inconnue.') }),
  work: async ({ alert }, { payload, user }) => {
    if (!isStaff(user)) return refuse(403, 'Seule la coordination ARVr publie une alerte régionale.')
    const found = await payload.findByID({ collection: 'regional-alerts', id: alert, depth: 0, disableErrors: true, ...asUser(user) })
    if (!found) return refuse(404, 'Cette alerte n’existe plus.')
    if (found.status === 'published') return done('Cette alerte est déjà publiée.')
    if (found.expiresOn && zurichDay(found.expiresOn) < zurichDay(new Date()))
      return badInput('Cette alerte a expiré : changez sa date d’expiration avant de la publier.')
    await payload.update({ collection: 'regional-alerts', id: alert, data: { status: 'published' }, ...asUser(user) })
    return done('Alerte publiée : l’e-mail part aux communes.')
  },
  revalidate: ({ alert }) => ['/alertes', `/alertes/${alert}`, '/'],
})

/** « Vérifié chez nous »: once per commune, by its secretary or référent, with an optional note. */
export const acknowledgeAlertAction = serverAction({
  input: z.object({ alert: id('Alerte inconnue.'), note: text(1000), commune: optionalId() }),
  work: async ({ alert, note, commune }, { payload, user }) => {
    const staff = isStaff(user)
    const own = staff ? commune : communeOf(user)
    if (!own) return badInput(staff ? 'Choisissez la commune.' : 'Votre compte n’est rattaché à aucune commune.')
    const found = await payload.findByID({ collection: 'regional-alerts', id: alert, depth: 0, disableErrors: true, ...asUser(user) })
    if (!found || found.status !== 'published') return refuse(404, 'Cette alerte n’existe pas ou n’est pas publiée.')
    const already = await payload.count({
      collection: 'alert-acknowledgements',
      where: { and: [{ alert: { equals: alert } }, { commune: { equals: own } }] },
      ...asUser(user),
    })
    if (already.totalDocs) return refuse(409, 'Votre commune a déjà marqué cette alerte comme vérifiée.')
    await payload.create({ collection: 'alert-acknowledgements', data: { alert, commune: own, note: note || null }, ...asUser(user) })
    return done('Merci : l’alerte est marquée « vérifié chez nous » pour votre commune.')
  },
  revalidate: ({ alert }) => ['/', '/alertes', `/alertes/${alert}`],
})
