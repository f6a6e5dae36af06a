'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

/** On a content report in /admin: a link to the reported page, to check it before marking the report handled. */
export function ReportTargetLink() {
  const path = useFormFields(([fields]) => fields.targetPath?.value as string | undefined)
  const title = useFormFields(([fields]) => fields.targetTitle?.value as string | undefined)
  const t = useTranslation().t as unknown as (key: string) => string
  if (!path) return null
  return (
    <p className="relais-report-target">
      <a href={path} target="_blank" rel="noreferrer">
        {t('relais:openReported')}
        {title ? <span lang="fr">{` : ${title}`}</span> : null}
      </a>
    </p>
  )
}
