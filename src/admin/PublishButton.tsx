'use client'
import { PublishButton as PayloadPublishButton, useDocumentInfo } from '@payloadcms/ui'

/** « Publier » on a document never published, « Publier les modifications » once it has been. */
export function PublishButton() {
  const { hasPublishedDoc } = useDocumentInfo()
  return <PayloadPublishButton label={hasPublishedDoc ? 'Publier les modifications' : 'Publier'} />
}
