/**
 * The design tokens' colours, mirrored by the custom properties at the top of src/app/(intranet)/styles.css
 * (`--color-<name>`); tests/unit/ui/tokens.unit.spec.ts checks that both say the same and that every pair below
 * meets WCAG 2.1 AA: 4.5:1 for text, 3:1 for UI parts (borders of fields, focus rings, selected states, bars).
 */
export const colors = {
  text: '#1a1a1a',
  'text-secondary': '#5b6470',
  'text-inverse': '#ffffff',
  link: '#00539f',
  brand: '#00539f',
  'brand-dark': '#003b73',
  surface: '#ffffff',
  page: '#f5f7fa',
  line: '#d9dee5',
  'border-field': '#6b7683',
  focus: '#1a1a1a',
  'focus-inverse': '#ffdd00',
  success: '#1f7a3d',
  'success-bg': '#e8f5ec',
  error: '#b42318',
  'error-bg': '#fdecea',
  warning: '#8a4b00',
  'warning-bg': '#fff4e5',
  partial: '#9a5b00',
  info: '#00539f',
  'info-bg': '#e6effa',
  neutral: '#5b6470',
  'neutral-bg': '#eef1f5',
  dark: '#3b3b3b',
  highlight: '#fff1a8',
} as const

export type ColorName = keyof typeof colors

/** What a pair is: text on a background (4.5:1) or a UI part against what surrounds it (3:1). */
export type PairUse = 'text' | 'ui'
export type ColorPair = { fg: ColorName; bg: ColorName; use: PairUse; where: string }

export const minimumContrast: Record<PairUse, number> = { text: 4.5, ui: 3 }

/** Every foreground/background pair the stylesheet uses: pages, header, alerts, badges, pills, checklist states. */
export const colorPairs: ColorPair[] = [
  { fg: 'text', bg: 'surface', use: 'text', where: 'body text on cards and panels' },
  { fg: 'text', bg: 'page', use: 'text', where: 'body text on the page background' },
  { fg: 'text-secondary', bg: 'surface', use: 'text', where: '.muted, .meta, .breadcrumb on cards' },
  { fg: 'text-secondary', bg: 'page', use: 'text', where: '.muted, .meta, .breadcrumb on the page' },
  { fg: 'link', bg: 'surface', use: 'text', where: 'links on cards' },
  { fg: 'link', bg: 'page', use: 'text', where: 'links on the page' },
  { fg: 'text-inverse', bg: 'brand', use: 'text', where: 'header, primary button' },
  { fg: 'text-inverse', bg: 'brand-dark', use: 'text', where: 'menu bar, primary button hovered' },
  { fg: 'brand', bg: 'surface', use: 'text', where: 'secondary button' },
  { fg: 'text-inverse', bg: 'error', use: 'text', where: 'danger button, selected "not done"' },
  { fg: 'text-inverse', bg: 'success', use: 'text', where: 'selected "done"' },
  { fg: 'text-inverse', bg: 'partial', use: 'text', where: 'selected "partly"' },
  { fg: 'text-inverse', bg: 'neutral', use: 'text', where: 'selected "not applicable"' },
  { fg: 'text-inverse', bg: 'dark', use: 'text', where: '.badge--confidential' },
  { fg: 'success', bg: 'success-bg', use: 'text', where: 'success alert, approved badges' },
  { fg: 'error', bg: 'error-bg', use: 'text', where: 'error alert, rejected and cancelled badges' },
  { fg: 'warning', bg: 'warning-bg', use: 'text', where: 'warning alert, pending and held badges' },
  { fg: 'info', bg: 'info-bg', use: 'text', where: 'info alert, info badge' },
  { fg: 'brand', bg: 'info-bg', use: 'text', where: 'convened meeting badge' },
  { fg: 'brand-dark', bg: 'info-bg', use: 'text', where: 'secondary button hovered' },
  { fg: 'text', bg: 'focus-inverse', use: 'text', where: 'skip link' },
  { fg: 'text', bg: 'neutral-bg', use: 'text', where: 'neutral badge, planned meeting' },
  { fg: 'text', bg: 'line', use: 'text', where: 'default badge' },
  { fg: 'text', bg: 'error-bg', use: 'text', where: 'overdue rows, priority A' },
  { fg: 'text', bg: 'warning-bg', use: 'text', where: 'priority B' },
  { fg: 'text', bg: 'info-bg', use: 'text', where: 'priority C, search suggestion selected' },
  { fg: 'text', bg: 'success-bg', use: 'text', where: 'regional matrix, three quarters or more' },
  { fg: 'text', bg: 'highlight', use: 'text', where: 'search highlights' },
  { fg: 'border-field', bg: 'surface', use: 'ui', where: 'borders of fields and unselected pills' },
  { fg: 'focus', bg: 'surface', use: 'ui', where: 'focus ring on cards' },
  { fg: 'focus', bg: 'page', use: 'ui', where: 'focus ring on the page' },
  { fg: 'focus-inverse', bg: 'brand', use: 'ui', where: 'focus ring in the header' },
  { fg: 'focus-inverse', bg: 'brand-dark', use: 'ui', where: 'focus ring in the menu' },
  { fg: 'success', bg: 'surface', use: 'ui', where: 'checklist "done" stripe, progress bar' },
  { fg: 'partial', bg: 'surface', use: 'ui', where: 'checklist "partly" stripe and bar' },
  { fg: 'error', bg: 'surface', use: 'ui', where: 'checklist "not done" stripe and bar' },
  { fg: 'neutral', bg: 'surface', use: 'ui', where: 'checklist "not applicable" stripe and bar' },
  { fg: 'success', bg: 'line', use: 'ui', where: 'progress fill against its track' },
  { fg: 'text-inverse', bg: 'brand', use: 'ui', where: 'outlined buttons in the header' },
]

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(1 + offset, 3 + offset), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}
