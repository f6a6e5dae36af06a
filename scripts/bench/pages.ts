/**
 * The pages budget of issue 22: every member page people open most, measured at 20 connections beside the bare
 * login page `/connexion` (dynamic, no data, no session) measured in the same run, since absolute figures swing
 * on shared machines. Goals per page: ≥ 0.8× the login page's requests/s, p95 ≤ 1.25× its p95, and the absolute
 * DESIGN.md budget (≥ 100 req/s, p95 ≤ 150 ms). The login page is measured first and last; the reference is the
 * mean of both (the machine's load drifts during a run). The server's resident memory is sampled throughout.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'

import type { RunningServer } from '@tests/helpers/server'

import { measure } from './measure'

const PASSWORD = 'banc d’essai de relais 2026'
export const pageBudgets = { perSecond: 100, p95: 150, shareOfReference: 0.8, p95OfReference: 1.25, rssMB: 600 }
const connections = 20
const seconds = Number(process.env.RELAIS_BENCH_SECONDS ?? 10)

/** The pages, as a member of Sion opens them, with a text that proves each rendered. */
export const memberPages: { path: string; rendered: string }[] = [
  { path: '/', rendered: 'contenu' },
  { path: '/guides/sauvegardes', rendered: 'Checklist des actions minimales' },
  { path: '/mesures', rendered: 'Mesures de la stratégie numérique' },
  { path: '/mesures/1', rendered: 'class="measure-facts"' },
  { path: '/carte', rendered: 'Carte des initiatives numériques' },
  { path: '/carte?theme=cybersecurite&commune=6266', rendered: 'Sion : ' },
  { path: '/agenda', rendered: 'Agenda' },
  { path: '/faq', rendered: 'Questions fréquentes' },
  { path: '/recherche?q=sauvegarde', rendered: 'Recherche' },
]

/** A member of Sion's session token, created through the same code path as the app (Payload's local API). */
async function memberSession(payload: Payload, server: RunningServer): Promise<string> {
  const sion = (await payload.find({ collection: 'communes', where: { ofsNumber: { equals: 6266 } }, limit: 1 })).docs[0]!
  await payload.create({
    collection: 'users',
    data: { email: 'bench@relais.test', name: 'Banc Essai', roles: ['member'], commune: sion.id, password: PASSWORD },
  })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@relais.test', password: PASSWORD }),
  })
  return ((await login.json()) as { token: string }).token
}

/** Resident memory of a process in MB (Linux), or null elsewhere. */
function residentMB(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
    return Number.isFinite(kb) ? kb / 1024 : null
  } catch {
    return null
  }
}

/**
 * CPU time (user + system) a process has used, in ms (Linux), or null elsewhere. Per request, it says where a page
 * stands independently of the machine's other load, which moves req/s and latencies but hardly a page's CPU cost.
 */
function cpuMs(pid: number): number | null {
  try {
    // Fields after the command's name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // USER_HZ is 100 on Linux
  } catch {
    return null
  }
}

type Measured = Awaited<ReturnType<typeof measure>> & { cpuPerRequest: number | null; kilobytes: number }

const line = (r: Measured) =>
  `${r.perSecond.toFixed(0).padStart(4)} req/s  p50 ${r.p50.toFixed(0).padStart(4)} ms  p95 ${r.p95.toFixed(0).padStart(4)} ms  ` +
  `${r.cpuPerRequest === null ? '' : `CPU ${r.cpuPerRequest.toFixed(1).padStart(4)} ms/req  `}${r.kilobytes.toFixed(0).padStart(3)} kB  ` +
  `${r.errors} errors`

/** Every member page beside the login page; returns false when a page or the memory misses its goal. */
export async function benchPages(payload: Payload, server: RunningServer, only?: string[]): Promise<boolean> {
  const token = await memberSession(payload, server)
  // The same session a browser holds in its cookie, sent as a header (Payload accepts both).
  const asMember = (path: string) => () => fetch(`${server.url}${path}`, { headers: { authorization: `JWT ${token}` } })
  const bare = () => fetch(`${server.url}/connexion`)
  const pages = memberPages.filter((page) => !only?.length || only.includes(page.path))

  // RELAIS_BENCH_PAGES=<dir> keeps each page's HTML there, to see what its bytes are made of.
  const keepIn = process.env.RELAIS_BENCH_PAGES
  if (keepIn) fs.mkdirSync(keepIn, { recursive: true })
  for (const { path, rendered } of pages) {
    const response = await asMember(path)()
    const html = await response.text()
    if (!response.ok || response.url.includes('/connexion') || !html.includes(rendered))
      throw new Error(`${path} did not render as a member (${response.status})`)
    if (keepIn) fs.writeFileSync(`${keepIn}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}.html`, html)
  }

  let peakMB = 0
  const sampler = setInterval(() => (peakMB = Math.max(peakMB, residentMB(server.pid) ?? 0)), 250)
  try {
    const run = async (request: () => Promise<Response>): Promise<Measured> => {
      await measure(request, { concurrency: connections, seconds: 2 }) // warm-up
      const kilobytes = (await (await request()).arrayBuffer()).byteLength / 1024
      const cpuBefore = cpuMs(server.pid)
      const measured = await measure(request, { concurrency: connections, seconds })
      const cpuAfter = cpuMs(server.pid)
      const cpuPerRequest = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / measured.requests
      return { ...measured, cpuPerRequest, kilobytes }
    }
    const before = await run(bare)
    const results: [string, Measured][] = []
    for (const { path } of pages) results.push([path, await run(asMember(path))])
    const after = await run(bare)
    const reference = { perSecond: (before.perSecond + after.perSecond) / 2, p95: (before.p95 + after.p95) / 2 }

    console.log(`pages, ${connections} connections, ${seconds} s each, as a member of Sion (reference: the bare login page, same run):`)
    console.log(`  ${'/connexion (first)'.padEnd(42)} ${line(before)}`)
    console.log(`  ${'/connexion (last)'.padEnd(42)} ${line(after)}`)
    console.log(`  reference: ${reference.perSecond.toFixed(0)} req/s, p95 ${reference.p95.toFixed(0)} ms`)
    let ok = true
    for (const [path, r] of results) {
      const share = r.perSecond / reference.perSecond
      const p95Ratio = r.p95 / reference.p95
      const relative = share >= pageBudgets.shareOfReference && p95Ratio <= pageBudgets.p95OfReference
      const absolute = r.perSecond >= pageBudgets.perSecond && r.p95 <= pageBudgets.p95
      if (!relative || !absolute || r.errors > 0) ok = false
      console.log(
        `  ${path.padEnd(42)} ${line(r)}  ${share.toFixed(2)}× req/s, ${p95Ratio.toFixed(2)}× p95 ` +
          `${relative ? 'OK' : 'UNDER GOAL'}; absolute ${absolute ? 'OK' : 'UNDER BUDGET'}`,
      )
    }
    console.log(
      `  goals: ≥ ${pageBudgets.shareOfReference}× the reference's req/s and p95 ≤ ${pageBudgets.p95OfReference}× its p95; ` +
        `absolute ≥ ${pageBudgets.perSecond} req/s, p95 ≤ ${pageBudgets.p95} ms`,
    )
    const memoryOk = peakMB > 0 && peakMB <= pageBudgets.rssMB
    console.log(
      `server resident memory under the load: peak ${peakMB.toFixed(0)} MB, now ${(residentMB(server.pid) ?? 0).toFixed(0)} MB — ` +
        `budget ≤ ${pageBudgets.rssMB} MB: ${memoryOk ? 'OK' : 'OVER BUDGET'}`,
    )
    return ok && memoryOk
  } finally {
    clearInterval(sampler)
  }
}
