import { describe, expect, it } from 'vitest'

import { eventPreviewUrl, guidePreviewUrl } from '@/preview/urls'

describe('the admin’s « Aperçu » addresses', () => {
  it('open the ordinary page with ?apercu=1', () => {
    expect(guidePreviewUrl({ slug: 'sauvegardes' })).toBe('/guides/sauvegardes?apercu=1')
    expect(eventPreviewUrl({ id: 12 })).toBe('/agenda/12?apercu=1')
  })

  it('are none for a record not yet saved', () => {
    expect(guidePreviewUrl({})).toBeNull()
    expect(guidePreviewUrl({ slug: '' })).toBeNull()
    expect(eventPreviewUrl({})).toBeNull()
  })
})
