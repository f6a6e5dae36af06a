/** Payload's CLI (migrate:create, generate:types, …) against the configured or embedded database. */
import path from 'node:path'

import { runWithDatabase } from './with-database'

await runWithDatabase(process.execPath, [path.resolve('node_modules/payload/bin.js'), ...process.argv.slice(2)])
