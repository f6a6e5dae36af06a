import { describe, expect, it } from 'vitest'

import { allowedFrench } from './allowedFrench'
import { frenchTextIn, scannedFiles } from './frenchText'
import { untranslatedFiles } from './untranslatedFiles'

/** No interface string stays in code: it lives in messages/fr and messages/de (issue 26). */
describe('interface text lives in the catalogues', () => {
  const files = scannedFiles()
  const pending = new Set(untranslatedFiles)

  it('no file outside the known list holds French text in code', () => {
    const findings = files
      .filter((file) => !pending.has(file) && !allowedFrench[file])
      .flatMap(frenchTextIn)
      .map(({ file, line, text }) => `${file}:${line} ${text}`)
    expect(findings).toEqual([])
  })

  it('the known list names only files that still hold French text', () => {
    expect(untranslatedFiles.filter((file) => !frenchTextIn(file).length)).toEqual([])
  })
})
