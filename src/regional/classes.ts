import type { IndicatorUnit } from '@/indicators/types'

/** One class of values on the map and in the matrix: its bounds in words and what it means. */
export type ValueClass = {
  /** 1 (lowest values) to 4 (highest): the shade on the map (`shade-<n>`) and the colour of a matrix cell (`level-<n>`). */
  level: 1 | 2 | 3 | 4
  /** Lowest and highest value of the class, both included. */
  min: number
  max: number
  /** Bounds in words, e.g. « 25 à 49 % ». */
  bounds: string
  /** What it means, e.g. « entre un quart et la moitié ». */
  meaning: string
}

/** Shown for a commune without a value (the indicator does not apply, nothing to count): never a colour of a class. */
export const noDataLabel = 'Pas de donnée'

const percentClasses: ValueClass[] = [
  { level: 1, min: 0, max: 24, bounds: '0 à 24 %', meaning: 'moins d’un quart' },
  { level: 2, min: 25, max: 49, bounds: '25 à 49 %', meaning: 'entre un quart et la moitié' },
  { level: 3, min: 50, max: 74, bounds: '50 à 74 %', meaning: 'entre la moitié et trois quarts' },
  { level: 4, min: 75, max: 100, bounds: '75 à 100 %', meaning: 'trois quarts ou plus' },
]

const yesNoClasses: ValueClass[] = [
  { level: 1, min: 0, max: 0, bounds: 'Non', meaning: 'pas encore' },
  { level: 4, min: 1, max: 1, bounds: 'Oui', meaning: 'c’est fait' },
]

/**
 * The classes of an indicator. Shares use fixed quarters (comparable from one month to the next); yes/no two
 * classes; counts « aucun » then three equal steps up to the highest value of the region (at most 4 classes, fewer
 * when the counts are small).
 */
export function classesFor(unit: IndicatorUnit, values: Iterable<number | null>): ValueClass[] {
  if (unit === 'percent') return percentClasses
  if (unit === 'yesno') return yesNoClasses
  const max = Math.max(0, ...[...values].filter((v): v is number => typeof v === 'number'))
  const classes: ValueClass[] = [{ level: 1, min: 0, max: 0, bounds: '0', meaning: 'aucun' }]
  const meanings = ['peu', 'moyen', 'le plus']
  for (let step = 1; step <= 3; step++) {
    const from = Math.floor(((step - 1) * max) / 3) + 1
    const to = Math.floor((step * max) / 3)
    if (from > to) continue
    classes.push({
      level: (step + 1) as 2 | 3 | 4,
      min: from,
      max: to,
      bounds: from === to ? String(from) : `${from} à ${to}`,
      meaning: meanings[step - 1],
    })
  }
  return classes
}

/** The class of a value (`null`: no data). Values between two classes' bounds (decimals) go to the lower one. */
export function classOf(value: number | null | undefined, classes: ValueClass[]): ValueClass | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null
  const rounded = Math.round(value)
  return [...classes].reverse().find((c) => rounded >= c.min) ?? classes[0] ?? null
}

/** A value in words with its unit: « 42 % », « 3 », « Oui ». */
export function formatValue(value: number | null | undefined, unit: IndicatorUnit): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return noDataLabel
  if (unit === 'percent') return `${Math.round(value)} %`
  if (unit === 'yesno') return value >= 1 ? 'Oui' : 'Non'
  return String(Math.round(value * 10) / 10)
}
