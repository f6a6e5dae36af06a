'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * On an account in /admin › Utilisateurs (administrators only, see src/auth/sessions/collection.ts): ends every
 * open session of the account after a confirmation step, through POST /api/users/:id/sessions/end (logged).
 */
export function EndSessionsButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
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
    setMessage(json?.message ?? json?.errors?.[0]?.message ?? 'Les sessions n’ont pas pu être fermées. Réessayez.')
    setStep('idle')
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p style={{ fontWeight: 600, margin: '0 0 0.5rem' }}>Sessions ouvertes</p>
      {step === 'confirm' ? (
        <>
          <p>La personne sera déconnectée sur tous ses appareils et devra se reconnecter. L’action est inscrite au journal des comptes.</p>
          <Button buttonStyle="primary" onClick={end}>
            Confirmer : fermer toutes ses sessions
          </Button>{' '}
          <Button buttonStyle="secondary" onClick={() => setStep('idle')}>
            Annuler
          </Button>
        </>
      ) : (
        <Button buttonStyle="secondary" disabled={step === 'busy'} onClick={() => (setMessage(null), setStep('confirm'))}>
          Fermer toutes ses sessions
        </Button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
