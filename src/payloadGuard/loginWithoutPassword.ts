import { createLocalReq, getFieldsToSign, jwtSign, type Payload, type RequestContext, type TypedUser } from 'payload'
import { addSessionToUser } from 'payload/shared'

/**
 * The end of Payload's login once the password and the second factor are both proven, for the second step of
 * /connexion (src/auth/loginStep.ts), which no longer has the password. Mirrors the tail of Payload's
 * `loginOperation` (node_modules/payload/dist/auth/operations/login.js: the collection's `beforeLogin` hooks,
 * `addSessionToUser`, `getFieldsToSign`, `jwtSign`, the `afterLogin` hooks), so that the session, its token and
 * every hook (disabled accounts, the second factor's own check, the throttle's forgiveness, the last login, the
 * session's device) are what a login with the password gives. Re-check against that file at every upgrade;
 * `tests/e2e/auth.e2e.spec.ts` logs in through it. Call it only once the caller proved both factors itself.
 */
export async function loginWithoutPassword(
  payload: Payload,
  userId: number,
  { headers, context }: { headers: Headers; context: RequestContext },
): Promise<{ token: string; user: TypedUser }> {
  const collection = payload.collections.users.config
  const req = await createLocalReq({ req: { headers } as never, context }, payload)
  const found = await payload.db.findOne<Record<string, unknown> & { id: number }>({
    collection: 'users',
    req,
    where: { id: { equals: userId } },
  })
  if (!found) throw new Error('loginWithoutPassword: no such user')
  let user = { ...found, collection: 'users', _strategy: 'local-jwt' } as unknown as TypedUser
  for (const hook of collection.hooks?.beforeLogin ?? []) user = (await hook({ collection, context: req.context, req, user })) || user
  const { sid } = await addSessionToUser({ collectionConfig: collection, payload, req, user })
  const fieldsToSign = getFieldsToSign({ collectionConfig: collection, email: String(user.email), sid, user })
  const { token } = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: collection.auth.tokenExpiration })
  req.user = user
  for (const hook of collection.hooks?.afterLogin ?? []) user = (await hook({ collection, context: req.context, req, token, user })) || user
  return { token, user }
}
