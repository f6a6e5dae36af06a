import { type PayloadRequest, ValidationError } from 'payload'

/** A French refusal of one field, answered as a 400 by REST and GraphQL and shown by forms next to the field. */
export const invalid = (req: PayloadRequest, path: string, message: string) => new ValidationError({ errors: [{ path, message }] }, req.t)
