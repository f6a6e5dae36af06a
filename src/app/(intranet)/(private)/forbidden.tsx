import type { Metadata } from 'next'

import { ErrorPage } from '@/components/ErrorPage'
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('errors.forbidden'))('meta') }
}

/** A page that exists but is reserved to other roles (e.g. the coordination's follow-up opened by an employee). */
export default async function Forbidden() {
  const t = await getTranslations('errors.forbidden')
  return <ErrorPage title={t('title')}>{t('text')}</ErrorPage>
}
