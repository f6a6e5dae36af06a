import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { EmbeddedPostgresError, startEmbeddedPostgres } from '@/db/embedded'
import { freePort } from '@tests/helpers/ports'

const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-pg-'))
  fs.chmodSync(dir, 0o755) // as root the server runs as `postgres`, who must be able to enter it
  return dir
}

describe('embedded PostgreSQL', () => {
  it('lets a process that loaded it end with its own exit code (a failing test run must fail CI)', () => {
    const script = "await import('./src/db/embedded.ts'); process.exitCode = 3"
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
    })
    expect(run.status, run.stderr).toBe(3)
  })

  it('initialises once, keeps data across restarts, and ships unaccent, pg_trgm and French stemming', async () => {
    const dataDir = path.join(tempDir(), 'postgres')
    const port = await freePort()
    let server = await startEmbeddedPostgres({ dataDir, port })
    await server.createDatabase('relais')
    let client = new pg.Client({ connectionString: server.urlFor('relais') })
    await client.connect()
    await client.query('create extension if not exists unaccent; create extension if not exists pg_trgm; create table kept (v text)')
    await client.query("insert into kept values ('gardé')")
    const { rows } = await client.query("select to_tsvector('french', unaccent('Sauvegardes sécurisées')) as v")
    expect(rows[0].v).toBe("'sauvegard':1 'securise':2")
    await client.end()
    await server.stop()

    server = await startEmbeddedPostgres({ dataDir, port })
    client = new pg.Client({ connectionString: server.urlFor('relais') })
    await client.connect()
    expect((await client.query('select v from kept')).rows).toEqual([{ v: 'gardé' }])
    await client.end()
    await server.stop()
  })

  it('says clearly when the port is taken', async () => {
    const port = await freePort()
    const blocker = net.createServer().listen(port, '127.0.0.1')
    try {
      await expect(startEmbeddedPostgres({ dataDir: path.join(tempDir(), 'pg'), port })).rejects.toThrow(
        new RegExp(`Port ${port} is already in use.*RELAIS_PG_PORT`),
      )
    } finally {
      blocker.close()
    }
  })

  it.runIf(os.userInfo().uid === 0)('says clearly when, as root, the postgres user cannot reach the data folder', async () => {
    const closed = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-closed-'))
    await expect(startEmbeddedPostgres({ dataDir: path.join(closed, 'postgres'), port: await freePort() })).rejects.toThrow(
      /cannot enter .*relais-closed-.*chmod o\+x/,
    )
  })

  it('says clearly when the data folder is not a PostgreSQL folder', async () => {
    const dataDir = tempDir()
    fs.writeFileSync(path.join(dataDir, 'notes.txt'), 'pas une base de données')
    const error = await startEmbeddedPostgres({ dataDir, port: await freePort() }).catch((e) => e)
    expect(error).toBeInstanceOf(EmbeddedPostgresError)
    expect(error.message).toMatch(/is not a PostgreSQL data folder/)
    expect(fs.readdirSync(dataDir)).toEqual(['notes.txt'])
  })
})
