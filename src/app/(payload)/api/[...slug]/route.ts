/* Payload's REST API under /api (wiring required by @payloadcms/next), behind Relais's request checks. */
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withRequestChecks } from '@/payloadGuard/requestChecks'
import config from '@payload-config'

export const GET = withRequestChecks(config, REST_GET(config))
export const POST = withRequestChecks(config, REST_POST(config))
export const DELETE = withRequestChecks(config, REST_DELETE(config))
export const PATCH = withRequestChecks(config, REST_PATCH(config))
export const PUT = withRequestChecks(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
