/**
 * The HTTP server of `npm start`, `npm run dev` and the tests: Next.js behind a few lines of Node.
 *
 * It exists for one reason: `next start` keeps a client-sent X-Forwarded-For, so the app could not know who is
 * really calling (rate limits and lock-outs would count whatever address the caller claims). Here every request's
 * X-Forwarded-For is replaced by the one client address resolved from the socket and RELAIS_TRUSTED_PROXIES
 * (src/net/forwarded.ts) before Next sees it; src/net/clientAddress.ts reads it.
 *
 * It also tells the pages which path and query were asked for (REQUESTED_PATH_HEADER, src/http/requestedPath.ts):
 * Next gives server components no pathname, and the login redirect of private pages comes back to that page. Set
 * here rather than in src/proxy.ts, whose matcher keeps page views out of the proxy (their cost is budgeted), and
 * always overwritten, so that a client cannot choose it (it would only choose a path of this site anyway: the login
 * reads it through safeRedirect).
 *
 * Usage: node --import tsx scripts/server.ts <dev|start> (PORT, HOST from the environment).
 */
import http from 'node:http'
import path from 'node:path'

import { REQUESTED_PATH_HEADER } from '@/http/requestedPath'
import { parseTrustedProxies, resolveClientAddress, TrustedProxiesError } from '@/net/forwarded'

const dev = process.argv[2] === 'dev'
const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST || undefined
// As `next dev` / `next start` do, before Next is loaded (it reads NODE_ENV when its modules load).
;(process.env as Record<string, string>).NODE_ENV ??= dev ? 'development' : 'production'
// tsx (which runs this file) turns Node's source maps on for the whole process. In production Node would then read
// and keep the map of every chunk Next loads (the build has over 200 MB of them) and map every error's stack through
// them: hundreds of MB of resident memory and CPU on every page. `next start` runs without them; so does this.
if (!dev) process.setSourceMapsEnabled(false)
// The app's own server: where the shared cache of published content is on (src/cache/shared.ts).
process.env.RELAIS_APP_SERVER = 'true'

let trusted
try {
  trusted = parseTrustedProxies(process.env.RELAIS_TRUSTED_PROXIES)
} catch (error) {
  if (!(error instanceof TrustedProxiesError)) throw error
  console.error(`\n${await error.explained()}\n`)
  process.exit(1)
}

const { default: next } = await import('next')
const server = http.createServer()
const app = next({ dev, dir: path.resolve(import.meta.dirname, '..'), hostname: hostname ?? 'localhost', port, httpServer: server })
await app.prepare()
const handle = app.getRequestHandler()

server.on('request', (req, res) => {
  req.headers['x-forwarded-for'] = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted)
  // Another way of claiming an address: nothing in Relais reads it, and nothing downstream should.
  delete req.headers['x-real-ip']
  req.headers[REQUESTED_PATH_HEADER] = req.url ?? '/'
  void handle(req, res)
})
// As `next start` does: longer than the usual idle time of proxies, so that they never reuse a closed connection.
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () =>
  console.log(`▲ Relais (${dev ? 'development' : 'production'}) listening on http://${hostname ?? 'localhost'}:${port}`),
)

let closing = false
const stop = () => {
  if (closing) return
  closing = true
  server.close()
  server.closeIdleConnections()
  void app.close().finally(() => process.exit(0))
  // Requests still running get a few seconds, then the process ends anyway.
  setTimeout(() => process.exit(0), 10_000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
