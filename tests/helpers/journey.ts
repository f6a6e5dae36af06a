import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'

import { launchBrowser } from './browser'
import { bootPayload } from './payload'
import { createPeople, PASSWORD, type People } from './people'
import { type RunningServer, startServer } from './server'
import { type Mailbox, startSmtpCatcher } from './smtp'

export type Journey = {
  payload: Payload
  /** The journey's database, for a second server on it (e.g. one whose day is moved: RELAIS_TEST_TODAY). */
  databaseUrl: string
  server: RunningServer
  browser: Browser
  mailbox: Mailbox
  people: People
  /** A fresh browser context (no cookies), in Swiss French and Zurich time (what the admin's date pickers type in). */
  newPage: () => Promise<Page>
  /** Fills and submits the login form, waiting for the server's answer. */
  submitLogin: (page: Page, email: string, password: string) => Promise<void>
  /** A new page logged in as `email` (test password by default), on the home page. */
  loggedIn: (email: string, password?: string) => Promise<Page>
}

/**
 * The setting of every browser journey, registered as hooks of the calling `describe`: Payload on a fresh
 * database with one person per role, the production server, a real SMTP catcher and Chromium. `env` is given to
 * the boot (e.g. `RELAIS_DEMO: 'on'` for the demo accounts and records), `serverEnv` to the production server.
 */
export function useJourney(
  prefix: string,
  {
    env = {},
    serverEnv = {},
    testMailsToCatcher = false,
  }: { env?: Record<string, string>; serverEnv?: Record<string, string>; testMailsToCatcher?: boolean } = {},
): Journey {
  const journey = {} as Journey
  beforeAll(async () => {
    journey.mailbox = await startSmtpCatcher()
    // Mail sent by the test's own Payload (a job it runs) reaches the catcher only when asked: others count the server's.
    const { payload, databaseUrl } = await bootPayload(testMailsToCatcher ? { ...journey.mailbox.env, ...env } : env)
    journey.payload = payload
    journey.databaseUrl = databaseUrl
    journey.people = await createPeople(payload, prefix)
    journey.server = await startServer(databaseUrl, { ...journey.mailbox.env, ...serverEnv })
    journey.browser = await launchBrowser()
  })
  // Every journey doubles as a check of the Content-Security-Policy: a page it blocks would be broken for users.
  const blocked: string[] = []
  afterAll(async () => {
    expect(blocked, 'requests or scripts refused by the Content-Security-Policy').toEqual([])
  })
  afterAll(async () => {
    await journey.browser?.close()
    await journey.server?.stop()
    await journey.mailbox?.stop()
  })
  journey.newPage = async () => {
    const page = await (await journey.browser.newContext({ locale: 'fr-CH', timezoneId: 'Europe/Zurich' })).newPage()
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`)
    })
    return page
  }
  journey.submitLogin = async (page, email, password) => {
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Mot de passe', { exact: true }).fill(password)
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Se connecter' }).click(),
    ])
  }
  journey.loggedIn = async (email, password = PASSWORD) => {
    const page = await journey.newPage()
    await page.goto(`${journey.server.url}/connexion`)
    await journey.submitLogin(page, email, password)
    await page.getByRole('heading', { name: /^Bonjour/ }).waitFor()
    return page
  }
  return journey
}
