/** The password policy (ASVS V6.2): length first, then common and guessable passwords, then the e-mail address. */
import { describe, expect, it } from 'vitest'

import { MIN_PASSWORD_LENGTH, passwordProblem } from '@/auth/passwordPolicy'

const tooCommon = 'Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase de plusieurs mots.'

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('une autre phrase de passe 17')).toBeNull()
    expect(passwordProblem('Correct-horse-battery-42', { email: 'anne@test.local' })).toBeNull()
  })

  it('wants a text of 12 to 256 characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12)
    expect(passwordProblem(123456789012)).toBe('Le mot de passe doit être un texte.')
    expect(passwordProblem(undefined)).toBe('Le mot de passe doit être un texte.')
    expect(passwordProblem('court-11car')).toBe('Le mot de passe doit compter au moins 12 caractères.')
    expect(passwordProblem('x'.repeat(11) + 'y')).toBeNull()
    expect(passwordProblem('ab'.repeat(129))).toBe('Le mot de passe ne peut pas dépasser 256 caractères.')
  })

  it('refuses common passwords, also dressed up with digits and symbols, and repeated characters', () => {
    for (const password of [
      'motdepasse1234',
      'Azerty123456!',
      '1234Administration!',
      '123456789012',
      'aaaaaaaaaaaaaaa',
      'Sécrétariat2026!',
    ])
      expect(passwordProblem(password), password).toBe(tooCommon)
  })

  it('refuses a password that contains the e-mail address or its name part', () => {
    const message = 'Le mot de passe ne doit pas contenir votre adresse e-mail.'
    expect(passwordProblem('x-anne.membre@sion.ch-x', { email: 'Anne.Membre@sion.ch' })).toBe(message)
    expect(passwordProblem('ANNE.MEMBRE-la-meilleure', { email: 'anne.membre@sion.ch' })).toBe(message)
    // A short name part is too common a string to refuse.
    expect(passwordProblem('anne-la-meilleure-17', { email: 'ann@sion.ch' })).toBeNull()
    expect(passwordProblem('anne-la-meilleure-17', { email: null })).toBeNull()
  })

  it('says why in German to a German-speaking person', () => {
    expect(passwordProblem('court-11car', { locale: 'de' })).toBe('Das Passwort muss mindestens 12 Zeichen lang sein.')
    expect(passwordProblem('azerty123456', { locale: 'de' })).toMatch(/^Dieses Passwort ist zu häufig/)
    expect(passwordProblem('x-anne.membre@sion.ch-x', { email: 'anne.membre@sion.ch', locale: 'de' })).toBe(
      'Das Passwort darf Ihre E-Mail-Adresse nicht enthalten.',
    )
  })
})
