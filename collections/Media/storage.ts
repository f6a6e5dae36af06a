import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { type ObjectStorage, objectStorage } from '@/config/objectStorage'

/**
 * Media files in an S3-compatible bucket when S3_* is set (src/config/objectStorage.ts), on the local disk otherwise.
 * The bucket stays private: files are still served by Payload's `/api/media/file/<name>` route, so read access,
 * the sandbox CSP, nosniff and PDF-as-attachment headers of next.config.mjs apply to them as before.
 */
export function mediaStorage(settings: ObjectStorage | null = objectStorage()): Plugin {
  return s3Storage({
    enabled: settings !== null,
    // The plugin's `prefix` and `_objectKey` columns exist in both modes: the committed migrations describe one
    // schema, whatever the environment of the instance that runs them.
    alwaysInsertFields: true,
    // No public bucket URLs (disablePayloadAccessControl stays false) and no signed direct downloads. The empty
    // prefix (objects at the bucket's root, named like the files on disk) is stated because the plugin (3.90.1)
    // adds the `prefix` field when enabled only if a prefix is given: alwaysInsertFields covers the disabled mode.
    collections: { media: { prefix: '' } },
    bucket: settings?.bucket ?? '',
    // No `acl`: objects inherit the bucket's default, private. Setting one would fail on AWS buckets whose ACLs
    // are disabled (the default since 2023), and 'public-read' would bypass the access rules.
    config: settings
      ? {
          region: settings.region,
          endpoint: settings.endpoint,
          forcePathStyle: settings.forcePathStyle,
          credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
          // Since 2025 the AWS SDK adds CRC checksums to every upload by default, which several S3-compatible
          // providers refuse or store wrongly; they are sent only where S3 requires them (multi-object delete).
          ...(settings.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
        }
      : {},
  })
}
