import type { IndicatorUnit } from './types'

const number = (value: number) => value.toLocaleString('fr-CH', { maximumFractionDigits: 1 })

/** An indicator's value in words: « 75 % », « 3 », « Oui »; « Sans objet » when it does not apply. */
export function indicatorValue(unit: IndicatorUnit, value: number | null): string {
  if (value === null) return 'Sans objet'
  if (unit === 'yesno') return value > 0 ? 'Oui' : 'Non'
  return unit === 'percent' ? `${number(value)} %` : number(value)
}
