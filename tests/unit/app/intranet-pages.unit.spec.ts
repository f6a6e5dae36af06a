import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { intranetPages } from '@tests/helpers/intranetPages'

const root = path.resolve(import.meta.dirname, '../../../src/app/(intranet)')

/** Every page.tsx under src/app/(intranet), as the address pattern it serves (route groups dropped). */
function routes(folder = root, prefix = ''): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'page.tsx' ? [prefix || '/'] : []
    const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`
    return routes(path.join(folder, entry.name), prefix + segment)
  })
}

describe('the responsive checks cover every intranet page', () => {
  it('lists each page.tsx of src/app/(intranet) once, and no page that does not exist', () => {
    const listed = intranetPages.map((page) => page.route)
    expect(new Set(listed).size).toBe(listed.length)
    expect([...listed].sort()).toEqual(routes().sort())
  })
})
