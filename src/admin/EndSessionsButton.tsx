'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * On an account in /admin › Utilisateurs (administrators only, see src/auth/sessions/collection.ts): ends every
 * open session of the account after a confirmation step, through POST /api/users/:id/sessions/end (logged).
 */
export function EndSessionsButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const t = useTranslation().t as unknown as (key: string) => string
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle')
  const [message, setMessage] = useState<string | null>(null)
  if (!id) return null

  const end = async () => {
    setStep('busy')
    const response = await fetch(`${config.serverURL ?? ''}${config.routes.api}/users/${id}/sessions/end`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => null)
    const json = (await response?.json().catch(() => null)) as { message?: string; errors?: { message: string }[] } | null
    setMessage(json?.message ?? json?.errors?.[0]?.message ?? t('relais:endSessionsFailed'))
    setStep('idle')
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p style={{ fontWeight: 600, margin: '0 0 0.5rem' }}>{t('relais:endSessionsTitle')}</p>
      {step === 'confirm' ? (
        <>
          <p>{t('relais:endSessionsWarning')}</p>
          <Button buttonStyle="primary" onClick={end}>
            {t('relais:endSessionsConfirm')}
          </Button>{' '}
          <Button buttonStyle="secondary" onClick={() => setStep('idle')}>
            {t('relais:cancel')}
          </Button>
        </>
      ) : (
        <Button buttonStyle="secondary" disabled={step === 'busy'} onClick={() => (setMessage(null), setStep('confirm'))}>
          {t('relais:endSessions')}
        </Button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
