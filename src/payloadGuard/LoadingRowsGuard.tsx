'use client'

import { useAllFormFields } from '@payloadcms/ui'
import { useEffect } from 'react'

import { askAgainForLoadingRows } from './loadingRows'

/**
 * In every edit view (the `beforeDocumentControls` slot, src/admin/editView.ts): a row of an array or blocks field
 * still loading once the form has been quiet a while is changed by a counter, so that Payload's form asks for its
 * state again and the row gets its fields (the race is described in ./loadingRows.ts). Renders nothing.
 */
export function LoadingRowsGuard() {
  const [fields, dispatchFields] = useAllFormFields()
  useEffect(() => {
    const askAgain = askAgainForLoadingRows(fields as never)
    if (!askAgain) return
    // Any change of the form (an answer merged, a keystroke) restarts the wait: only a quiet form is asked again.
    const timer = setTimeout(() => {
      for (const { path, rows } of askAgain.updates) dispatchFields({ type: 'UPDATE', path, rows: rows as never })
    }, askAgain.wait)
    return () => clearTimeout(timer)
  }, [fields, dispatchFields])
  return null
}
