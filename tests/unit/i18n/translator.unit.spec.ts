import { describe, expect, it } from 'vitest'

import { translatorFor } from '@/i18n/translator'

describe('translators outside a page render', () => {
  it('are kept per language and namespace, so that a message is parsed once per process', () => {
    expect(translatorFor('fr', 'shell')).toBe(translatorFor('fr', 'shell'))
    expect(translatorFor('fr', 'shell')).not.toBe(translatorFor('de', 'shell'))
    expect(translatorFor('fr', 'shell')).not.toBe(translatorFor('fr', 'map.legend'))
  })

  it('still give each language its own words and each call its own arguments', () => {
    expect(translatorFor('fr', 'shell')('skipLink')).toBe('Aller au contenu')
    expect(translatorFor('de', 'shell')('skipLink')).not.toBe('Aller au contenu')
    const t = translatorFor('fr', 'shell')
    expect(t('waitingRequests', { count: 1 })).not.toBe(t('waitingRequests', { count: 3 }))
  })
})
