/**
 * Where uploads live: the local disk (`RELAIS_DATA_DIR/media`, the default) or an S3-compatible bucket when the
 * S3_* variables are set. Read from the environment when the config loads, i.e. when the server starts, never
 * at build time: one build serves both modes. The names are looked up (`env[name]`), not written as
 * `process.env.S3_BUCKET`, so no bundler can replace them with build-time values.
 */

export type ObjectStorage = {
  bucket: string
  region: string
  /** An S3-compatible provider (Exoscale, Infomaniak, MinIO…); unset for AWS itself. */
  endpoint?: string
  forcePathStyle: boolean
  accessKeyId: string
  secretAccessKey: string
}

/** Every variable that selects object storage; setting any of them means "use a bucket". */
const required = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
const optional = ['S3_ENDPOINT', 'S3_FORCE_PATH_STYLE'] as const

export class ObjectStorageConfigError extends Error {
  override name = 'ObjectStorageConfigError'
}

/**
 * The bucket settings, or `null` for the local disk. A partial configuration is an error, never a silent
 * fallback to the disk: an instance writing locally behind a load balancer would lose files unnoticed.
 */
export function objectStorage(env: Record<string, string | undefined> = process.env): ObjectStorage | null {
  const value = (name: string) => env[name]?.trim() || undefined
  const present = [...required, ...optional].filter((name) => value(name))
  if (present.length === 0) return null

  const missing = required.filter((name) => !value(name))
  if (missing.length)
    throw new ObjectStorageConfigError(
      `Object storage is partly configured (${present.join(', ')} set): ${missing.join(', ')} must be set too, ` +
        'or unset every S3_* variable to keep uploads on the local disk.',
    )

  const endpoint = value('S3_ENDPOINT')
  if (endpoint && !/^https?:\/\/[^/\s]+/.test(endpoint))
    throw new ObjectStorageConfigError(`S3_ENDPOINT must be an http(s) address such as https://sos-ch-gva-2.exo.io (got "${endpoint}").`)

  const pathStyle = value('S3_FORCE_PATH_STYLE')?.toLowerCase()
  if (pathStyle && !['true', 'false', '1', '0'].includes(pathStyle))
    throw new ObjectStorageConfigError(`S3_FORCE_PATH_STYLE must be true or false (got "${pathStyle}").`)

  return {
    bucket: value('S3_BUCKET')!,
    region: value('S3_REGION')!,
    endpoint,
    forcePathStyle: pathStyle === 'true' || pathStyle === '1',
    accessKeyId: value('S3_ACCESS_KEY_ID')!,
    secretAccessKey: value('S3_SECRET_ACCESS_KEY')!,
  }
}
