import type { Endpoint } from 'payload'

import { apiError } from '@/http/apiError'
import { answer, endpointBody } from '@/http/endpointBody'
import { recordId } from '@/http/recordId'
import { serverTranslator } from '@/i18n/server'
import type { User } from '@/payload-types'

import { mergeProviders } from './merge'

type MergeBody = { keep: unknown; duplicates: unknown }

/** POST /api/providers/merge { keep, duplicates: [ids] }: the merge screen's work over REST (coordinators and admins). */
export const mergeEndpoint: Endpoint = {
  path: '/merge',
  method: 'post',
  handler: async (req) => {
    const t = await serverTranslator('providers.merge')
    if (!req.user) return apiError(401, t('loginFirst'))
    const { body, refusal } = await endpointBody<MergeBody>(req, ['keep', 'duplicates'], '{ keep, duplicates }')
    if (refusal) return refusal
    const keep = recordId(body.keep)
    const duplicates = Array.isArray(body.duplicates) ? body.duplicates.slice(0, 200).map((id) => recordId(id)) : null
    if (!keep) return apiError(400, t('keepMissing'))
    if (!duplicates || duplicates.some((id) => id === null)) return apiError(400, t('duplicatesMissing'))
    return answer(await mergeProviders(req.payload, req.user as User, keep, duplicates as number[]))
  },
}
