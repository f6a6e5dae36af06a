/**
 * One-time creation of an administrator on any instance (production included):
 *   npm run create-admin -- --email it@commune.ch --name "Prénom Nom"
 * The password is read from RELAIS_ADMIN_PASSWORD or asked for on the terminal; it must pass the password policy.
 */
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'

import { withPayload } from './with-payload'

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
if (!values.email || !values.name) {
  console.error('Usage: npm run create-admin -- --email <adresse> --name "<Prénom Nom>"')
  process.exit(2)
}

async function readPassword(): Promise<string> {
  if (process.env.RELAIS_ADMIN_PASSWORD) return process.env.RELAIS_ADMIN_PASSWORD
  const terminal = createInterface({ input: process.stdin, output: process.stdout })
  const password = await terminal.question('Mot de passe (12 caractères au moins) : ')
  terminal.close()
  return password
}

const password = await readPassword()
await withPayload(async (payload) => {
  try {
    const user = await payload.create({
      collection: 'users',
      data: { email: values.email!, name: values.name!, password, roles: ['admin'] },
    })
    console.log(`Administrateur créé : ${user.email} (id ${user.id})`)
    return 0
  } catch (error) {
    const details = (error as { data?: { errors?: { message: string }[] } }).data?.errors?.map((e) => e.message).join(' ')
    console.error(`Création refusée : ${details || (error as Error).message}`)
    return 1
  }
})
