import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

/** Shades of the map: 0 for no initiative, then 1..4 from few to the most initiatives. */
export const shadeSteps = 5

export type Shade = 0 | 1 | 2 | 3 | 4

/** Shade of a commune: the top count always gets 4, any count ≥ 1 at least 1 (so "one" never looks like "none"). */
export function shadeOf(count: number, max: number): Shade {
  if (count <= 0) return 0
  if (count >= max) return 4
  return Math.max(1, Math.ceil((4 * count) / max)) as Shade
}

/** "0 initiative", "1 initiative", "2 initiatives" (in French, 0 and 1 take the singular; the catalogue's plural rules). */
export function initiativesLabel(count: number, locale: UiLocale = defaultLocale): string {
  return translatorFor(locale, 'map.shading')('count', { count })
}

/** Legend entries for the shades in use, each label naming the counts shadeOf gives that shade. */
export function legendOf(max: number, locale: UiLocale = defaultLocale): { shade: number; label: string }[] {
  const t = translatorFor(locale, 'map.shading')
  const legend = [{ shade: 0, label: t('none') }]
  for (let shade = 1; shade <= 4; shade++) {
    // shadeOf(c) = ceil(4c / max) = shade  ⇔  (shade - 1) · max / 4 < c ≤ shade · max / 4
    const from = Math.floor(((shade - 1) * max) / 4) + 1
    const to = Math.floor((shade * max) / 4)
    if (from > to) continue
    legend.push({ shade, label: from === to ? initiativesLabel(from, locale) : t('range', { from, to }) })
  }
  return legend
}
