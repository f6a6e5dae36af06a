'use client'

import { useFormFields } from '@payloadcms/ui'

/** On a content report in /admin: a link to the reported page, to check it before marking the report handled. */
export function ReportTargetLink() {
  const path = useFormFields(([fields]) => fields.targetPath?.value as string | undefined)
  const title = useFormFields(([fields]) => fields.targetTitle?.value as string | undefined)
  if (!path) return null
  return (
    <p className="relais-report-target">
      <a href={path} target="_blank" rel="noreferrer">
        Ouvrir le contenu signalé{title ? ` « ${title} »` : ''} dans l’intranet
      </a>
    </p>
  )
}
