'use client'

import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/Button'
/**
 * Shown when a page fails on the server, most often because the database is briefly unreachable (restart,
 * failover). In the visitor's language, without technical detail (production builds pass only a digest), with a way to retry:
 * the application reconnects by itself.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('client.shell.error')
  return (
    <main className="page" role="alert">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Button type="button" onClick={() => reset()}>
          {t('retry')}
        </Button>{' '}
        <a href="/">{t('home')}</a>
      </p>
    </main>
  )
}
