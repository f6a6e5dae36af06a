'use client'
import { PublishButton as PayloadPublishButton, useDocumentInfo, useTranslation } from '@payloadcms/ui'

/** « Publier » on a document never published, « Publier les modifications » once it has been. */
export function PublishButton() {
  const { hasPublishedDoc } = useDocumentInfo()
  const t = useTranslation().t as unknown as (key: string) => string
  return <PayloadPublishButton label={t(hasPublishedDoc ? 'relais:publishChanges' : 'relais:publish')} />
}
