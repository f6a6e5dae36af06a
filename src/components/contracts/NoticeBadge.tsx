import type { ContractView } from '@/contracts/view'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'

/** The last day to give notice, flagged when it is within 90 days or already past. */
export async function NoticeBadge({ view }: { view: ContractView }) {
  const [t, locale] = await Promise.all([getTranslations('contracts.notice'), requestLocale()])
  const deadline = view.contract.noticeDeadline
  if (!deadline) return <span className="muted">{t('noTerm')}</span>
  if (view.notice === 'passed')
    return (
      <span>
        {longDate(deadline, locale)} <span className="badge badge--rejected">{t('passed')}</span>
      </span>
    )
  if (view.notice === 'soon')
    return (
      <span>
        {longDate(deadline, locale)} <span className="badge badge--pending">{t('inDays', { count: view.daysLeft ?? 0 })}</span>
      </span>
    )
  return <span>{longDate(deadline, locale)}</span>
}
