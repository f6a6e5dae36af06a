import { describe, expect, it } from 'vitest'

import { currentSection } from '@/components/currentSection'
import { alertClass, alertRole } from '@/components/ui/Alert'
import { buttonClass } from '@/components/ui/Button'
import { describedBy } from '@/components/ui/Field'

const menu = ['/', '/guides', '/mesures', '/mesures/propositions', '/guides/suivi', '/ma-commune', '/seances']

describe('the current section of the menu', () => {
  it.each([
    ['/', '/'],
    ['/guides', '/guides'],
    ['/guides/sauvegardes', '/guides'],
    ['/guides/suivi', '/guides/suivi'],
    ['/mesures/12', '/mesures'],
    ['/mesures/propositions', '/mesures/propositions'],
    ['/ma-commune/demandes?statut=pending', '/ma-commune'],
    ['/seances/3/', '/seances'],
  ])('%s belongs to %s', (path, section) => {
    expect(currentSection(path, menu)).toBe(section)
  })

  it('a page outside the menu marks nothing; the home entry is only the home page', () => {
    expect(currentSection('/compte', menu)).toBeUndefined()
    expect(currentSection('/guidesx', menu)).toBeUndefined()
  })
})

describe('components', () => {
  it('buttons: one class per variant on top of .button', () => {
    expect(buttonClass()).toBe('button')
    expect(buttonClass('secondary')).toBe('button button--secondary')
    expect(buttonClass('danger', 'no-print')).toBe('button button--danger no-print')
    expect(buttonClass('link')).toBe('button button--link')
  })

  it('alerts: errors interrupt, the others are polite; success keeps the class name of the pages', () => {
    expect(alertRole('error')).toBe('alert')
    expect(alertRole('success')).toBe('status')
    expect(alertClass.success).toBe('message message--notice')
    expect(alertClass.error).toBe('message message--error')
  })

  it('a field points at its hint and its error', () => {
    expect(describedBy('email')).toBeUndefined()
    expect(describedBy('email', 'Votre adresse professionnelle')).toBe('email-hint')
    expect(describedBy('email', 'Votre adresse professionnelle', 'Adresse invalide')).toBe('email-hint email-error')
    expect(describedBy('email', undefined, 'Adresse invalide')).toBe('email-error')
  })
})
