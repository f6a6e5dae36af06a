import crypto from 'node:crypto'

import pg from 'pg'
import { inject } from 'vitest'

/** A new, empty database on the test run's embedded server; its connection string. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('postgresAdminUrl')
  const name = `relais_${crypto.randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`create database ${name}`)
  } finally {
    await client.end()
  }
  return adminUrl.replace(/\/postgres$/, `/${name}`)
}
