import { zurichWallTime } from '@/calendar/zurich'
import type { Meeting } from '@/payload-types'

/** Title, date and time (Zurich), duration, place and online link: shared by the create and edit forms. */
export function MeetingFields({ meeting }: { meeting?: Meeting }) {
  const wall = meeting ? zurichWallTime(new Date(meeting.startsAt)) : ''
  return (
    <>
      <label>
        Titre
        <input name="title" maxLength={200} defaultValue={meeting?.title ?? 'Séance ordinaire'} required />
      </label>
      <div className="field-row">
        <label>
          Date
          <input type="date" name="date" defaultValue={wall.slice(0, 10)} required />
        </label>
        <label>
          Heure de début
          <input type="time" name="time" step={900} defaultValue={wall.slice(11, 16) || '14:00'} required />
        </label>
        <label>
          Durée (minutes)
          <input type="number" name="durationMinutes" min={15} max={720} step={5} defaultValue={meeting?.durationMinutes ?? 120} required />
        </label>
      </div>
      <label>
        Lieu
        <input name="place" maxLength={200} defaultValue={meeting?.place ?? ''} placeholder="Sion, salle de conférence de l’ARVr" />
      </label>
      <label>
        Lien de visioconférence (facultatif)
        <input type="url" name="onlineUrl" maxLength={500} defaultValue={meeting?.onlineUrl ?? ''} placeholder="https://" />
      </label>
    </>
  )
}
