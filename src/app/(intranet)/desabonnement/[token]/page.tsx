import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import type React from 'react'

import { AuthPage } from '@/components/AuthPage'
import { Alert } from '@/components/ui/Alert'
import { checkUnsubscribe } from '@/follow/unsubscribe'
import type { PageParams } from '@/forms/searchParams'
import { getTranslations } from '@/i18n/getTranslations'
import config from '@payload-config'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.unsubscribe'))('title') }
}

type Props = { params: Promise<{ token: string }>; searchParams: Promise<PageParams> }

/**
 * The page of an unsubscribe link of the digest (no session: the link is signed for one person and one kind). One
 * button confirms, so that a mail scanner opening the link unsubscribes nobody; mail apps use the one-click POST.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const payload = await getPayload({ config })
  const { token } = await params
  const checked = await checkUnsubscribe(payload, token)
  if (!checked.ok) notFound()
  const doneNow = (await searchParams).fait === '1'
  const t = await getTranslations('account.unsubscribe')
  return (
    <AuthPage title={t('title')}>
      {doneNow ? (
        <Alert kind="success">{t('done', { label: checked.label })}</Alert>
      ) : (
        <>
          <p>{t('question', { label: checked.label })}</p>
          <form method="post" action={`/desabonnement/${token}/confirmer`} className="auth-form">
            <button type="submit">{t('submit')}</button>
          </form>
        </>
      )}
      <p className="auth-links">{t.rich('manage', { link: (chunks: React.ReactNode) => <a href="/compte/notifications">{chunks}</a> })}</p>
    </AuthPage>
  )
}
