import { forbidden } from 'next/navigation'

import { committeesOf, isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { MeetingFields } from '@/components/meetings/MeetingFields'
import { ResultForm } from '@/components/ResultForm'
import { getTranslations } from '@/i18n/getTranslations'
import { createMeetingAction } from '@/meetings/actions/meeting'
import { loadCommittees } from '@/meetings/view'

export async function generateMetadata() {
  return { title: (await getTranslations('meetings.new'))('title') }
}

/** A committee member (or staff) plans a meeting of their committee; the agenda is built on the meeting's page. */
export default async function NewMeetingPage() {
  const { payload, user } = await requireSession()
  const t = await getTranslations('meetings.new')
  const mine = committeesOf(user)
  if (!isStaff(user) && !mine.length) forbidden()
  const committees = await loadCommittees(payload, user)
  const choices = committees.filter((c) => isStaff(user) || mine.includes(c.slug))
  return (
    <>
      <p className="breadcrumb">
        <a href="/seances">{t('breadcrumb')}</a> › {t('title')}
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ResultForm action={createMeetingAction} className="stacked-form" label={t('title')}>
        <label>
          {t('committee')}
          <select name="committee" defaultValue={choices.length === 1 ? choices[0]!.id : ''} required>
            {choices.length > 1 && <option value="">{t('choose')}</option>}
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <MeetingFields />
        <button type="submit">{t('create')}</button>
      </ResultForm>
    </>
  )
}
