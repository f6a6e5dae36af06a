import { useTranslations } from 'next-intl'

import type { AccountRequest } from '@/payload-types'

/** What became of the account request just decided (on the home page or the requests page), after the redirect. */
export function RequestDecidedNotice({ decided }: { decided: Pick<AccountRequest, 'name' | 'status'> | null | undefined }) {
  const t = useTranslations('accounts.requests')
  if (decided?.status !== 'approved' && decided?.status !== 'rejected') return null
  return (
    <p role="status" className="message message--notice">
      {t(decided.status, { name: decided.name })}
    </p>
  )
}
