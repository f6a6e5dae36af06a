'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { numericDateTime } from '@/format/dates'

/**
 * « Dernière modification » and « Création » at the top of an edit view, in Zurich time. Payload's own header
 * (DocumentControls) formats them in the browser's zone and has no option for another: custom.css hides its two
 * values where this component stands (the `beforeDocumentControls` slot, src/admin/editView.ts).
 */
export function ZurichDocumentTimes() {
  const { data } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = i18n.t as unknown as (key: string) => string
  const times = [
    [t('relais:updatedAt'), data?.updatedAt],
    [t('relais:createdAt'), data?.createdAt],
  ].filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
  if (!times.length) return null
  return (
    <dl className="relais-doc-times" data-testid="document-times">
      {times.map(([label, at]) => (
        <div key={label}>
          <dt>{i18n.language === 'fr' ? `${label}\u00a0:` : `${label}:`}</dt>
          <dd>
            <time dateTime={at}>{numericDateTime(at)}</time>
          </dd>
        </div>
      ))}
    </dl>
  )
}
