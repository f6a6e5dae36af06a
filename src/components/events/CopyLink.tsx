'use client'

import { useTranslations } from 'next-intl'
import { useId, useRef, useState, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

type Props = { url: string; label: string }

/**
 * A feed link in a read-only field (select it and copy, with or without JavaScript) and, once JavaScript runs,
 * a copy button that puts it in the clipboard and says so in a live region. Where the browser
 * refuses the clipboard (an address without https, an old browser), the field is selected for Ctrl+C instead.
 */
export function CopyLink({ url, label }: Props) {
  const t = useTranslations('client.events.copyLink')
  const field = useRef<HTMLInputElement>(null)
  const id = useId()
  // False in the server's HTML (no button without JavaScript), true once the page runs in the browser.
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [status, setStatus] = useState('')
  const clearing = useRef<ReturnType<typeof setTimeout>>(undefined)

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(url)
      setStatus(t('copied'))
      // The word goes after a few seconds, so that it never stands beside a link copied before another.
      clearTimeout(clearing.current)
      clearing.current = setTimeout(() => setStatus(''), 5000)
    } catch {
      field.current?.focus()
      field.current?.select()
      setStatus(t('failed'))
    }
  }

  return (
    <div className="copy-link">
      <label htmlFor={id} className="visually-hidden">
        {t('field', { label })}
      </label>
      <input id={id} ref={field} type="text" readOnly value={url} className="copy-link__field" onFocus={(e) => e.target.select()} />
      {canCopy && (
        <button type="button" className="button secondary" onClick={copy}>
          {t('button')}
          <span className="visually-hidden">{t('buttonFor', { label })}</span>
        </button>
      )}
      <span role="status" aria-live="polite" className="copy-link__status">
        {status}
      </span>
    </div>
  )
}
