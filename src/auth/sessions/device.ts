import Bowser from 'bowser'

const browsers: Record<string, string> = {
  'Microsoft Edge': 'Edge',
  'Samsung Internet for Android': 'Samsung Internet',
  'Internet Explorer': 'Internet Explorer',
}

/** The device in words people recognise: the kind of phone or tablet, else the operating system. */
function deviceOf(parsed: Bowser.Parser.ParsedResult): string | null {
  const model = parsed.platform.model
  if (model === 'iPhone' || model === 'iPad') return model
  switch (parsed.os.name) {
    case 'iOS':
      return parsed.platform.type === 'tablet' ? 'iPad' : 'iPhone'
    case 'macOS':
      return 'Mac'
    case 'Chrome OS':
      return 'Chromebook'
    default:
      return parsed.os.name || null
  }
}

/**
 * A short French label for a session's User-Agent, e.g. « Chrome sur Windows », « Safari sur iPhone »; scripts
 * and unknown programs get a plain label. Shown to the person only, to recognise their own devices.
 */
export function deviceLabel(userAgent: string | null | undefined): string {
  const agent = (userAgent ?? '').slice(0, 512)
  if (!agent.trim()) return 'Appareil inconnu'
  const parsed = Bowser.parse(agent)
  const browser = parsed.browser.name ? (browsers[parsed.browser.name] ?? parsed.browser.name) : null
  const device = deviceOf(parsed)
  if (browser && device) return `${browser} sur ${device}`
  if (browser) return browser
  if (device) return `Navigateur sur ${device}`
  return 'Programme ou appareil non reconnu'
}
