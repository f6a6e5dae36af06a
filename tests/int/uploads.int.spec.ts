/**
 * Uploads (OWASP ASVS V5): only staff upload; the declared type must match the file's content; no SVG or HTML;
 * 10 MB at most, refused while it arrives; files are served sandboxed and never sniffed. Nothing is stored when
 * an upload is refused.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, PASSWORD } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { HTML_PAGE, oversizedPng, PDF, PNG, SCRIPTED_SVG, upload } from '@tests/helpers/uploads'

let payload: Payload
let server: RunningServer
let coordinator: Client
let member: Client
let mediaDir: string

const stored = async () => ({
  rows: (await payload.count({ collection: 'media' })).totalDocs,
  files: fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).length : 0,
})

beforeAll(async () => {
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload())
  mediaDir = payload.collections.media.config.upload.staticDir!
  const people = await createPeople(payload, 'uploads')
  server = await startServer(databaseUrl)
  coordinator = client(server.url, await loginToken(server.url, people.coordinator.email, PASSWORD))
  member = client(server.url, await loginToken(server.url, people['member A'].email, PASSWORD))
})
afterAll(async () => {
  await server?.stop()
})

describe('uploads', () => {
  it('accepts a real PNG and a real PDF from staff, and serves them sandboxed and never sniffed', async () => {
    const png = await upload(coordinator, 'affiche.png', 'image/png', PNG)
    expect(png.status, JSON.stringify(png.json)).toBe(201)
    const pdf = await upload(coordinator, 'guide.pdf', 'application/pdf', PDF)
    expect(pdf.status, JSON.stringify(pdf.json)).toBe(201)
    const file = await fetch(new URL(pdf.json.doc.url, server.url), { headers: { authorization: await loginHeader() } })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/application\/pdf/)
    expect(file.headers.get('content-security-policy')).toMatch(/sandbox/)
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses a disguised HTML page, an SVG with a script, a member’s upload and a file over 10 MB, storing nothing', async () => {
    const before = await stored()
    const [html, svg, huge] = [HTML_PAGE, SCRIPTED_SVG, oversizedPng()]
    const attempts = [
      await upload(coordinator, 'affiche.png', 'image/png', html),
      await upload(coordinator, 'logo.svg', 'image/svg+xml', svg),
      await upload(coordinator, 'page.html', 'text/html', html),
      await upload(member, 'affiche.png', 'image/png', PNG),
      await upload(coordinator, 'enorme.png', 'image/png', huge),
    ]
    expect(attempts.map((a) => a.status)).toEqual([400, 400, 400, 403, 413])
    expect(JSON.stringify(attempts[4]!.json)).toContain('10 Mo')
    expect(await stored()).toEqual(before)
  })
})

async function loginHeader() {
  return `JWT ${await loginToken(server.url, (await payload.find({ collection: 'users', where: { roles: { contains: 'coordinator' } } })).docs[0]!.email, PASSWORD)}`
}
