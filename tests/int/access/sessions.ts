/**
 * The access-matrix operations of open sessions (docs/access.md, `sessions` rows): listing and ending one's own,
 * never another person's; an administrator ends an account's sessions, or everyone's (incident). Each operation
 * reports whether it took effect, read from the sessions table.
 */
import type { Payload } from 'payload'

import { poolOf } from '@/db/pool'
import { type Client, loginToken } from '@tests/helpers/http'
import * as matrix from '@tests/helpers/matrix'
import type { MatrixDomain } from '@tests/helpers/matrix'
import { PASSWORD, type People, type Person } from '@tests/helpers/people'

type Context = { as: Client; actor: Person | null; label: string }
type Operation = (ctx: Context) => Promise<boolean>

export type SessionTools = {
  payload: () => Payload
  people: () => People
  employeeA: () => Person
  serverUrl: () => string
  tookEffect: (status: number, happened: boolean) => boolean
  /** Logs every actor in again (after the incident row has ended their sessions). */
  relogin: () => Promise<void>
}

export function sessionOperations(tools: SessionTools): Record<string, Operation> {
  const pool = () => poolOf(tools.payload())
  const sidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid as string
  /** A new session of `person` (a login of its own), by its id. */
  const newSession = async (person: Person) => sidOf(await loginToken(tools.serverUrl(), person.email, PASSWORD))
  const isOpen = async (sid: string) => (await pool().query('select 1 from users_sessions where id = $1', [sid])).rowCount === 1
  const countOf = async (userId: number) =>
    Number((await pool().query('select count(*) as n from users_sessions where _parent_id = $1', [userId])).rows[0].n)

  return {
    'sessions | list own open sessions': async ({ as, actor }) => {
      const { status, json } = await as.request('GET', '/api/users/sessions')
      return tools.tookEffect(status, Boolean(actor) && status === 200 && json.sessions.some((s: { current: boolean }) => s.current))
    },
    'sessions | see the sessions of an employee of A': async ({ as }) => {
      const sid = await newSession(tools.employeeA())
      const listed = await as.request('GET', '/api/users/sessions')
      const read = await as.request('GET', `/api/users/${tools.employeeA().id}`)
      return tools.tookEffect(listed.status, JSON.stringify(listed.json).includes(sid) || JSON.stringify(read.json).includes(sid))
    },
    'sessions | end one of own sessions': async ({ as, actor }) => {
      const sid = await newSession(actor ?? tools.people()['member A'])
      const { status } = await as.request('DELETE', `/api/users/sessions/${sid}`)
      return tools.tookEffect(status, !(await isOpen(sid)))
    },
    'sessions | end a session of an employee of A': async ({ as }) => {
      const sid = await newSession(tools.employeeA())
      const { status } = await as.request('DELETE', `/api/users/sessions/${sid}`)
      return tools.tookEffect(status, !(await isOpen(sid)))
    },
    'sessions | end every session of an employee of A': async ({ as }) => {
      await newSession(tools.employeeA())
      const { status } = await as.request('POST', `/api/users/${tools.employeeA().id}/sessions/end`)
      return tools.tookEffect(status, (await countOf(tools.employeeA().id)) === 0)
    },
    'sessions | end every session of everyone (incident)': async ({ as }) => {
      const sid = await newSession(tools.employeeA())
      const { status } = await as.request('POST', '/api/users/sessions/end-everyone', { confirm: true })
      const ended = !(await isOpen(sid))
      if (ended) await tools.relogin()
      return tools.tookEffect(status, ended)
    },
  }
}

/** The rows above as a domain of the matrix, on the spec file's running world. */
export const sessions: MatrixDomain = {
  operations: sessionOperations({
    payload: () => matrix.payload,
    people: () => matrix.people,
    employeeA: () => matrix.employeeA,
    serverUrl: () => matrix.server.url,
    tookEffect: matrix.tookEffect,
    relogin: matrix.logInEveryone,
  }),
}
