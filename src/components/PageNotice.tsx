'use client'

import { useEffect, useState } from 'react'
import type React from 'react'

import { announceAnswer, onOtherAnswer } from './formAnswers'
import { Alert, type AlertKind } from './ui/Alert'

/**
 * The message of the last action told at the top of the page after a reload (`?fait=…`); it goes as soon as a
 * form of the page answers, so that messages never pile up.
 */
export function PageNotice({ kind = 'success', children }: { kind?: AlertKind; children: React.ReactNode }) {
  const [shown, setShown] = useState(true)
  useEffect(() => onOtherAnswer('page-notice', () => setShown(false)), [])
  // The newest message of the page: the forms' older answers go (after a step that reloads the page's data).
  useEffect(() => {
    announceAnswer('page-notice')
  }, [])
  return shown ? <Alert kind={kind}>{children}</Alert> : null
}
