import type { Metadata } from 'next'

import { confirmRequestAction } from '@/accounts/actions'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.form'))('confirmMeta') }
}

/** A button rather than a side effect of opening the link: mail scanners open links, people press buttons. */
export default async function ConfirmRequestPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = '' } = await searchParams
  const t = await getTranslations('accounts.form')
  return (
    <AuthPage title={t('confirmTitle')}>
      <ResultForm action={confirmRequestAction} className="auth-form" replaceOnSuccess label={t('confirmLabel')}>
        <input type="hidden" name="token" value={token} />
        <p>{t('confirmIntro')}</p>
        <button type="submit">{t('confirmSubmit')}</button>
      </ResultForm>
    </AuthPage>
  )
}
