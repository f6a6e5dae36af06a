'use server'

import { revalidatePath } from 'next/cache'

import { isStaff } from '../access/roles'
import { asUser } from '../auth/asUser'
import { requireSession } from '../auth/currentUser'
import { formDay, formFlag, formId, formText } from '../forms/read'
import { type FormResult, refusalOf, refused } from '../forms/result'
import { deciders, incidentStatuses, referentFunctions } from './vocabulary'

type Session = Awaited<ReturnType<typeof requireSession>>

/** Runs a write as the logged-in user; members write for their own commune (the hook pins it), staff name it. */
async function write(form: FormData, errors: Record<string, string>, run: (session: Session, commune: number | undefined) => Promise<unknown>, message: string): Promise<FormResult> {
  if (Object.keys(errors).length) return { ok: false, errors }
  const session = await requireSession()
  const commune = isStaff(session.user) ? (formId(form, 'commune') ?? undefined) : undefined
  if (isStaff(session.user) && !commune) return refused('Choisissez la commune.')
  try {
    await run(session, commune)
  } catch (error) {
    return refusalOf(error)
  }
  revalidatePath('/ma-commune')
  return { ok: true, message }
}

const required = (form: FormData, fields: Record<string, string>, max = 2000) => {
  const values: Record<string, string> = {}
  const errors: Record<string, string> = {}
  for (const [name, message] of Object.entries(fields)) {
    values[name] = formText(form, name, max)
    if (!values[name]) errors[name] = message
  }
  return { values, errors }
}

const dayOrError = (form: FormData, name: string, errors: Record<string, string>) => {
  const day = formDay(form, name)
  if (!day) errors[name] = day === null ? 'La date n’est pas une date valable.' : 'Indiquez la date.'
  else if (day > new Date().toISOString().slice(0, 10)) errors[name] = 'La date ne peut pas être dans le futur.'
  return day || ''
}

/** The référent numérique: created with the register, then updated. */
export async function saveReferentAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { values, errors } = required(form, { referentName: 'Indiquez le nom du ou de la référent·e.', referentEmail: 'Indiquez son adresse e-mail.' }, 200)
  const referentFunction = formText(form, 'referentFunction', 40)
  if (!Object.hasOwn(referentFunctions, referentFunction)) errors.referentFunction = 'Choisissez sa fonction.'
  const adopted = formDay(form, 'noteAdoptedOn')
  if (adopted === null) errors.noteAdoptedOn = 'La date d’adoption n’est pas une date valable.'
  const data = { referentName: values.referentName!, referentEmail: values.referentEmail!, referentFunction: referentFunction as keyof typeof referentFunctions, referentPhone: formText(form, 'referentPhone', 40), noteAdoptedOn: adopted || null }
  return write(
    form,
    errors,
    async ({ payload, user }, commune) => {
      const existing = formId(form, 'register')
      if (existing) await payload.update({ collection: 'commune-registers', id: existing, data, ...asUser(user) })
      else await payload.create({ collection: 'commune-registers', data: { ...data, commune: commune as number }, ...asUser(user) })
    },
    'Référent·e numérique enregistré·e.',
  )
}

export async function addDecisionAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { values, errors } = required(form, {
    subject: 'Indiquez l’outil ou le service concerné.',
    reason: 'Indiquez le motif du choix.',
    risks: 'Indiquez les principaux risques identifiés (ou « aucun identifié »).',
  })
  const decidedOn = dayOrError(form, 'decidedOn', errors)
  const decidedBy = formText(form, 'decidedBy', 40)
  if (!Object.hasOwn(deciders, decidedBy)) errors.decidedBy = 'Indiquez qui a décidé.'
  const data = { subject: values.subject!, reason: values.reason!, risks: values.risks!, decidedOn, decidedBy: decidedBy as keyof typeof deciders }
  return write(form, errors, ({ payload, user }, commune) => payload.create({ collection: 'digital-decisions', data: { ...data, commune: commune as number }, ...asUser(user) }), 'Décision ajoutée au registre.')
}

export async function addIncidentAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { values, errors } = required(form, {
    summary: 'Décrivez ce qui s’est passé.',
    impact: 'Indiquez l’impact sur les prestations ou les données (ou « aucun »).',
    actions: 'Indiquez les mesures prises.',
  })
  const occurredOn = dayOrError(form, 'occurredOn', errors)
  const data = {
    summary: values.summary!,
    impact: values.impact!,
    actions: values.actions!,
    occurredOn,
    providersContacted: formFlag(form, 'providersContacted'),
    executiveInformed: formFlag(form, 'executiveInformed'),
    status: formFlag(form, 'closed') ? ('clos' as const) : ('ouvert' as const),
  }
  return write(form, errors, ({ payload, user }, commune) => payload.create({ collection: 'digital-incidents', data: { ...data, commune: commune as number }, ...asUser(user) }), 'Incident ajouté au registre.')
}

/** Closes an incident, or records that the executive has now been informed. */
export async function updateIncidentAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const id = formId(form, 'incident')
  const change = formText(form, 'change', 20)
  if (!id) return refused('Incident inconnu.')
  const data = change === 'close' ? { status: 'clos' as keyof typeof incidentStatuses } : change === 'informed' ? { executiveInformed: true } : null
  if (!data) return refused('Modification inconnue.')
  return write(form, {}, ({ payload, user }) => payload.update({ collection: 'digital-incidents', id, data, ...asUser(user) }), change === 'close' ? 'Incident clos.' : 'Information de l’exécutif enregistrée.')
}
