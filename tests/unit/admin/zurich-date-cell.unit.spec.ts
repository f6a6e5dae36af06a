/**
 * The admin list's « Création » / « Dernière modification » cell reads the instant in Zurich time, whatever zone the
 * process (standing for the browser) runs in.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ZurichDateCell } from '@/admin/ZurichDateCell'

const cell = (cellData: unknown) => renderToStaticMarkup(ZurichDateCell({ cellData } as never))

describe('ZurichDateCell', () => {
  it('shows a winter and a summer instant at Zurich’s hour, Swiss format', () => {
    expect(cell('2027-03-25T13:30:00.000Z')).toBe('<span>25.03.2027 14:30</span>')
    expect(cell('2027-07-01T22:15:00.000Z')).toBe('<span>02.07.2027 00:15</span>')
  })

  it('shows nothing for a missing value', () => {
    expect(cell(null)).toBe('<span></span>')
    expect(cell('')).toBe('<span></span>')
  })
})
