/* Payload's GraphQL API (wiring required by @payloadcms/next), behind Relais's request checks. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestChecks } from '@/validation/requestChecks'

export const POST = withRequestChecks(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
