/**
 * Object storage (#10): with S3_* set when the server starts, uploads go to the bucket instead of the local disk,
 * and every guarantee of uploads.int.spec.ts still holds: served through /api/media/file with the same headers
 * and access rules, same type and size checks, deleting the document deletes the object. The bucket is a real
 * S3-protocol server (s3rver, signatures checked) on a temporary directory; the server is the same production
 * build the local-disk specs use, which shows the mode is chosen at start, not baked in at build time.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { objectStorage } from '@/config/objectStorage'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { pendingSchemaChanges } from '@tests/helpers/migrations'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, PASSWORD } from '@tests/helpers/people'
import { freePort } from '@tests/helpers/ports'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { HTML_PAGE, oversizedPng, PDF, PNG, SCRIPTED_SVG, upload } from '@tests/helpers/uploads'

const BUCKET = 'relais-media'
/** s3rver's built-in account: requests signed with anything else are refused. */
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
/** A PNG of a few megabytes, so that the bytes cross more than one network chunk on their way. */
const POSTER = Buffer.concat([PNG, crypto.randomBytes(3 * 1024 * 1024)])

let s3rver: S3rver
let bucket: S3Client
let payload: Payload
let server: RunningServer
let coordinator: Client
let member: Client
let anonymous: Client
let env: Record<string, string>
const temp: string[] = []
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `relais-${name}-`))
  temp.push(dir)
  return dir
}

async function objects(): Promise<string[]> {
  const { Contents = [] } = await bucket.send(new ListObjectsV2Command({ Bucket: BUCKET }))
  return Contents.map((object) => object.Key!).sort()
}
async function object(key: string) {
  const answer = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return { bytes: Buffer.from(await answer.Body!.transformToByteArray()), type: answer.ContentType }
}
const COORDINATOR = 'storage.coordinator@test.local'
const localMedia = () => path.join(env.RELAIS_DATA_DIR!, 'media')

beforeAll(async () => {
  const port = await freePort()
  s3rver = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory: tempDir('s3'),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  await s3rver.run()
  const endpoint = `http://127.0.0.1:${port}`
  bucket = new S3Client({ region: 'ch-gva-2', endpoint, forcePathStyle: true, credentials: CREDENTIALS })
  env = {
    S3_BUCKET: BUCKET,
    S3_REGION: 'ch-gva-2',
    S3_ENDPOINT: endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    // Its own data directory, so that "nothing on the local disk" is checked where this server would write.
    RELAIS_DATA_DIR: tempDir('data'),
  }
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload(env))
  const people = await createPeople(payload, 'storage')
  server = await startServer(databaseUrl, env)
  coordinator = client(server.url, await loginToken(server.url, COORDINATOR, PASSWORD))
  member = client(server.url, await loginToken(server.url, people['member A'].email, PASSWORD))
  anonymous = client(server.url, null)
})
afterAll(async () => {
  await server?.stop()
  bucket?.destroy()
  await s3rver?.close()
  for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true })
})

describe('uploads in object storage', () => {
  let pdfUrl: string
  let pngUrl: string
  let pdfId: number
  let pngId: number

  it('puts a staff member’s PNG and PDF in the bucket, byte for byte, and nothing on the local disk', async () => {
    const png = await upload(coordinator, 'affiche.png', 'image/png', POSTER)
    expect(png.status, JSON.stringify(png.json)).toBe(201)
    const pdf = await upload(coordinator, 'guide.pdf', 'application/pdf', PDF)
    expect(pdf.status, JSON.stringify(pdf.json)).toBe(201)
    ;({ url: pngUrl, id: pngId } = png.json.doc)
    ;({ url: pdfUrl, id: pdfId } = pdf.json.doc)

    expect(await objects()).toEqual(['affiche.png', 'guide.pdf'])
    expect(await object('affiche.png')).toEqual({ bytes: POSTER, type: 'image/png' })
    expect(await object('guide.pdf')).toEqual({ bytes: PDF, type: 'application/pdf' })
    expect(fs.existsSync(localMedia()) ? fs.readdirSync(localMedia()) : []).toEqual([])
    // The address given to browsers is the app's own route, never the bucket's.
    expect(pdfUrl).toBe(`${server.url}/api/media/file/guide.pdf`)
    expect(pngUrl).toBe(`${server.url}/api/media/file/affiche.png`)
  })

  it('serves the files through the app with the same bytes and the sandbox, nosniff and attachment headers', async () => {
    const authorization = `JWT ${await loginToken(server.url, COORDINATOR, PASSWORD)}`
    const pdf = await fetch(new URL(pdfUrl, server.url), { headers: { authorization } })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toMatch(/application\/pdf/)
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(pdf.headers.get('content-security-policy')).toMatch(/sandbox/)
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await pdf.arrayBuffer()).equals(PDF)).toBe(true)

    const png = await fetch(new URL(pngUrl, server.url), { headers: { authorization } })
    expect(png.status).toBe(200)
    expect(png.headers.get('content-type')).toMatch(/image\/png/)
    expect(png.headers.get('content-security-policy')).toMatch(/sandbox/)
    expect(png.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await png.arrayBuffer()).equals(POSTER)).toBe(true)
  })

  it('keeps the access rules: no file without a login, no upload by a member', async () => {
    const file = await fetch(new URL(pdfUrl, server.url))
    // A file the read rule refuses is a 404 for everyone, so that no one learns which file names exist.
    expect(file.status).toBe(404)
    expect(Buffer.from(await file.arrayBuffer()).includes(Buffer.from('%PDF'))).toBe(false)
    expect((await anonymous.request('GET', '/api/media')).status).toBe(403)
    expect((await member.request('GET', '/api/media')).status).toBe(200)
    expect((await upload(member, 'affiche.png', 'image/png', PNG)).status).toBe(403)
    expect(await objects()).toEqual(['affiche.png', 'guide.pdf'])
  })

  it('deletes the object with its document', async () => {
    expect((await coordinator.request('DELETE', `/api/media/${pdfId}`)).status).toBe(200)
    expect(await objects()).toEqual(['affiche.png'])
    const authorization = `JWT ${await loginToken(server.url, COORDINATOR, PASSWORD)}`
    expect((await fetch(new URL(pdfUrl, server.url), { headers: { authorization } })).status).toBe(404)
  })

  it('replaces the object when a document gets a new file', async () => {
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'affiche-2027.png')
    form.set('_payload', JSON.stringify({ alt: 'Affiche 2027' }))
    const replaced = await coordinator.request('PATCH', `/api/media/${pngId}`, form)
    expect(replaced.status, JSON.stringify(replaced.json)).toBe(200)
    expect(await objects()).toEqual(['affiche-2027.png'])
    expect((await object('affiche-2027.png')).bytes.equals(PNG)).toBe(true)
  })

  // Last: the server drops the connection of an upload it refuses mid-stream, which the next request could reuse.
  it('refuses a disguised HTML page, an SVG and a file over 10 MB, putting nothing in the bucket', async () => {
    const [html, svg, huge] = [HTML_PAGE, SCRIPTED_SVG, oversizedPng()]
    const attempts = [
      await upload(coordinator, 'page.png', 'image/png', html),
      await upload(coordinator, 'logo.svg', 'image/svg+xml', svg),
      await upload(coordinator, 'enorme.png', 'image/png', huge),
    ]
    expect(attempts.map((a) => a.status)).toEqual([400, 400, 413])
    expect(JSON.stringify(attempts[2]!.json)).toContain('10 Mo')
    expect(await objects()).toEqual(['affiche-2027.png'])
  })
})

describe('object storage configuration', () => {
  it('leaves the schema as the committed migrations describe it (the same in both modes)', async () => {
    expect(payload.collections.media.config.upload.disableLocalStorage).toBe(true)
    expect(await pendingSchemaChanges(payload)).toEqual([])
  })

  const full = {
    S3_BUCKET: 'b',
    S3_REGION: 'ch-gva-2',
    S3_ACCESS_KEY_ID: 'key',
    S3_SECRET_ACCESS_KEY: 'secret',
  }

  it('is off without S3_* and complete with the four required variables', () => {
    expect(objectStorage({})).toBeNull()
    expect(objectStorage({ ...full, S3_ENDPOINT: 'https://sos-ch-gva-2.exo.io', S3_FORCE_PATH_STYLE: 'true' })).toMatchObject({
      bucket: 'b',
      endpoint: 'https://sos-ch-gva-2.exo.io',
      forcePathStyle: true,
    })
  })

  it('names each missing variable of a partial configuration instead of falling back to the disk', () => {
    for (const name of Object.keys(full)) {
      const partial: Record<string, string> = { ...full }
      delete partial[name]
      expect(() => objectStorage(partial)).toThrow(new RegExp(`: ${name} must be set`))
    }
    expect(() => objectStorage({ S3_ENDPOINT: 'https://sos-ch-gva-2.exo.io' })).toThrow(
      /S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY must be set/,
    )
    expect(() => objectStorage({ ...full, S3_ENDPOINT: 'sos-ch-gva-2.exo.io' })).toThrow(/S3_ENDPOINT must be an http\(s\) address/)
    expect(() => objectStorage({ ...full, S3_FORCE_PATH_STYLE: 'oui' })).toThrow(/S3_FORCE_PATH_STYLE must be true or false/)
  })

  it('stops `npm start` with that message before anything starts', () => {
    const started = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'start'], {
      env: { ...process.env, ...env, S3_SECRET_ACCESS_KEY: '', PORT: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(started.status).toBe(1)
    expect(started.stderr).toContain('S3_SECRET_ACCESS_KEY must be set')
  })
})
