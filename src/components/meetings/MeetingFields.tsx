import { zurichWallTime } from '@/calendar/zurich'
import { getTranslations } from '@/i18n/getTranslations'
import type { Meeting } from '@/payload-types'

/** Title, date and time (Zurich), duration, place and online link: shared by the create and edit forms. */
export async function MeetingFields({ meeting }: { meeting?: Meeting }) {
  const t = await getTranslations('meetings.fields')
  const wall = meeting ? zurichWallTime(new Date(meeting.startsAt)) : ''
  return (
    <>
      <label>
        {t('title')}
        <input name="title" maxLength={200} defaultValue={meeting?.title ?? t('defaultTitle')} required />
      </label>
      <div className="field-row">
        <label>
          {t('date')}
          <input type="date" name="date" defaultValue={wall.slice(0, 10)} required />
        </label>
        <label>
          {t('time')}
          <input type="time" name="time" step={900} defaultValue={wall.slice(11, 16) || '14:00'} required />
        </label>
        <label>
          {t('duration')}
          <input type="number" name="durationMinutes" min={15} max={720} step={5} defaultValue={meeting?.durationMinutes ?? 120} required />
        </label>
      </div>
      <label>
        {t('place')}
        <input name="place" maxLength={200} defaultValue={meeting?.place ?? ''} placeholder={t('placeExample')} />
      </label>
      <label>
        {t('onlineUrl')}
        <input type="url" name="onlineUrl" maxLength={500} defaultValue={meeting?.onlineUrl ?? ''} placeholder={t('urlPlaceholder')} />
      </label>
    </>
  )
}
