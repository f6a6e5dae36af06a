'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { isStaff } from '../access/roles'
import { asUser } from '../auth/asUser'
import { requireSession } from '../auth/currentUser'
import { type FormResult, refusalOf, refused, resultOf } from '../forms/result'
import { calendarToken } from './feeds'
import { register, unregister } from './registration'
import { recordId } from '../validation/recordId'

const eventId = (form: FormData) => recordId(form.get('event'))

/** "S'inscrire" / "Se désinscrire": the button changes with the registration, so the page tells the outcome. */
export async function registrationAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const id = eventId(form)
  if (!id) return refused('Événement inconnu.')
  const leaving = form.get('intent') === 'leave'
  const outcome = leaving ? await unregister(payload, user, id) : await register(payload, user, id)
  if (!outcome.ok) return resultOf(outcome)
  revalidatePath(`/agenda/${id}`)
  const done = leaving ? 'desinscription' : 'registration' in outcome && outcome.registration === 'waitlisted' ? 'attente' : 'inscription'
  redirect(`/agenda/${id}?fait=${done}`)
}

/** Coordinators: who attended (the checked registrations), everyone else of the event marked absent. */
export async function attendanceAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const id = eventId(form)
  if (!id) return refused('Événement inconnu.')
  if (!isStaff(user)) return refused('Réservé à la coordination.')
  const present = new Set(form.getAll('attended').map(Number))
  try {
    const { docs } = await payload.find({ collection: 'registrations', ...asUser(user), where: { event: { equals: id } }, limit: 0, pagination: false, depth: 0 })
    for (const registration of docs)
      if (Boolean(registration.attended) !== present.has(registration.id))
        await payload.update({ collection: 'registrations', id: registration.id, data: { attended: present.has(registration.id) }, ...asUser(user) })
  } catch (error) {
    return refusalOf(error)
  }
  revalidatePath(`/agenda/${id}`)
  return { ok: true, message: `Présences enregistrées (${present.size}).` }
}

/** Replaces the personal feed secret: the old links stop working at once. */
export async function renewFeedAction(): Promise<FormResult> {
  const { payload, user } = await requireSession()
  await calendarToken(payload, user, { renew: true })
  revalidatePath('/agenda/abonnement')
  return { ok: true, message: 'Nouveaux liens créés : les anciens ne fonctionnent plus. Mettez à jour vos abonnements.' }
}
