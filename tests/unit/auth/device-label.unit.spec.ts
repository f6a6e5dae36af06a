/** The label of a session's device, from its User-Agent (shown to the person on /compte/securite), in French and in German. */
import { describe, expect, it } from 'vitest'

import { describedDeviceLabel, describeDevice, deviceLabel, storedDevice, storedDeviceLabel } from '@/auth/sessions/device'

const agents = {
  chromeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  safariIpad:
    'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  firefoxMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
}

describe('deviceLabel', () => {
  it('names the browser and the device people recognise', () => {
    expect(deviceLabel(agents.chromeWindows)).toBe('Chrome sur Windows')
    expect(deviceLabel(agents.edgeWindows)).toBe('Edge sur Windows')
    expect(deviceLabel(agents.safariIphone)).toBe('Safari sur iPhone')
    expect(deviceLabel(agents.safariIpad)).toBe('Safari sur iPad')
    expect(deviceLabel(agents.firefoxMac)).toBe('Firefox sur Mac')
    expect(deviceLabel(agents.firefoxLinux)).toBe('Firefox sur Linux')
  })

  it('has a plain label for no agent and for what it does not recognise', () => {
    for (const empty of [null, undefined, '', '   ']) expect(deviceLabel(empty)).toBe('Appareil inconnu')
    expect(deviceLabel('zz-unknown-thing')).toBe('Programme ou appareil non reconnu')
    expect(deviceLabel(`${agents.chromeWindows}${' x'.repeat(5000)}`)).toBe('Chrome sur Windows')
  })
})

describe('the device label in the reader’s language', () => {
  it('words the same device in German', () => {
    expect(deviceLabel(agents.chromeWindows, 'de')).toBe('Chrome auf Windows')
    expect(deviceLabel(agents.safariIphone, 'de')).toBe('Safari auf iPhone')
    expect(deviceLabel(null, 'de')).toBe('Unbekanntes Gerät')
    expect(deviceLabel('zz-unknown-thing', 'de')).toBe('Unbekanntes Programm oder Gerät')
  })

  it('keeps the device in no language at login, and words it for whoever reads the sessions page', () => {
    const stored = storedDevice(agents.firefoxLinux)
    expect(stored).not.toMatch(/ sur | auf /)
    expect(describeDevice(agents.firefoxLinux)).toEqual({ agent: true, browser: 'Firefox', device: 'Linux' })
    expect(storedDeviceLabel(stored, 'fr')).toBe('Firefox sur Linux')
    expect(storedDeviceLabel(stored, 'de')).toBe('Firefox auf Linux')
    expect(storedDeviceLabel(storedDevice(''), 'de')).toBe('Unbekanntes Gerät')
    expect(storedDeviceLabel(null, 'fr')).toBe('Appareil inconnu')
    expect(storedDeviceLabel(null, 'de')).toBe('Unbekanntes Gerät')
  })

  it('a browser known by its device only, in both languages', () => {
    expect(describedDeviceLabel({ agent: true, browser: null, device: 'Linux' }, 'fr')).toBe('Navigateur sur Linux')
    expect(describedDeviceLabel({ agent: true, browser: null, device: 'Linux' }, 'de')).toBe('Browser auf Linux')
  })

  it('a session recorded with its label already worded (before this version) shows that label', () => {
    expect(storedDeviceLabel('Chrome sur Windows', 'de')).toBe('Chrome sur Windows')
    expect(storedDeviceLabel('{"not":"a description"}', 'de')).toBe('{"not":"a description"}')
  })
})
