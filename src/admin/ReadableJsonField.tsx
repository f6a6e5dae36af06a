'use client'

import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'

import { readableJson } from './readableJson'

/**
 * A JSON field shown read-only in /admin, indented and wrapped to the width of the form. Payload's own JSON and code
 * fields load their editor (Monaco) from a CDN, which the Content-Security-Policy refuses: the field then shows
 * nothing. Used where nobody edits the value (the audit trail); tests/unit/admin/admin-config.unit.spec.ts checks that every
 * JSON or code field the admin shows uses it.
 */
export function ReadableJsonField({ field, path }: JSONFieldClientProps) {
  const { value } = useField<unknown>({ path })
  const t = useTranslation().t as unknown as (key: string) => string
  const text = readableJson(value)
  const description = field.admin?.description
  return (
    <div className="field-type relais-json">
      <FieldLabel label={field.label} path={path} />
      {text === null ? (
        <p className="relais-json__empty">{t('relais:noData')}</p>
      ) : (
        // Focusable: a long value scrolls in its own box, and a keyboard must reach it.
        <pre className="relais-json__text" data-testid={`json-${path}`} tabIndex={0}>
          {text}
        </pre>
      )}
      {description ? <FieldDescription description={description} path={path} /> : null}
    </div>
  )
}
