import { forbidden } from 'next/navigation'

import { committeesOf, isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { MeetingFields } from '@/components/meetings/MeetingFields'
import { ResultForm } from '@/components/ResultForm'
import { createMeetingAction } from '@/meetings/actions/meeting'
import { loadCommittees } from '@/meetings/view'

export const metadata = { title: 'Nouvelle séance' }

/** A committee member (or staff) plans a meeting of their committee; the agenda is built on the meeting's page. */
export default async function NewMeetingPage() {
  const { payload, user } = await requireSession()
  const mine = committeesOf(user)
  if (!isStaff(user) && !mine.length) forbidden()
  const committees = await loadCommittees(payload, user)
  const choices = committees.filter((c) => isStaff(user) || mine.includes(c.slug))
  return (
    <>
      <p className="breadcrumb">
        <a href="/seances">Séances</a> › Nouvelle séance
      </p>
      <h1>Nouvelle séance</h1>
      <p className="lead">La séance reste un brouillon, visible du seul comité, jusqu’à sa convocation.</p>
      <ResultForm action={createMeetingAction} className="stacked-form" label="Nouvelle séance">
        <label>
          Comité
          <select name="committee" defaultValue={choices.length === 1 ? choices[0]!.id : ''} required>
            {choices.length > 1 && <option value="">Choisir…</option>}
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <MeetingFields />
        <button type="submit">Créer la séance</button>
      </ResultForm>
    </>
  )
}
