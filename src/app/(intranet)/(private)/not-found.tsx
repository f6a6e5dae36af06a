import type { Metadata } from 'next'

import { ErrorPage } from '@/components/ErrorPage'
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('errors.notFound'))('title') }
}

/** An unknown address, or a record that does not exist or that this person may not see (shown as not existing). */
export default async function NotFound() {
  const t = await getTranslations('errors.notFound')
  return <ErrorPage title={t('title')}>{t('text')}</ErrorPage>
}
