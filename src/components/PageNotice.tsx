'use client'

import { useEffect, useState } from 'react'
import type React from 'react'

import { onOtherAnswer } from './formAnswers'
import { Alert, type AlertKind } from './ui/Alert'

/**
 * The message of the last action told at the top of the page after a reload (`?fait=…`); it goes as soon as a
 * form of the page answers, so that messages never pile up.
 */
export function PageNotice({ kind = 'success', children }: { kind?: AlertKind; children: React.ReactNode }) {
  const [shown, setShown] = useState(true)
  useEffect(() => onOtherAnswer('page-notice', () => setShown(false)), [])
  return shown ? <Alert kind={kind}>{children}</Alert> : null
}
