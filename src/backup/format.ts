/** "1,2 Mo": sizes as the French summary prints them. */
export function formatBytes(bytes: number): string {
  const units = ['octets', 'ko', 'Mo', 'Go']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? value : value.toFixed(1).replace('.', ',')} ${units[unit]}`
}

/** Seconds elapsed since `started` (a `performance.now()` reading), e.g. "2,4 s". */
export const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1).replace('.', ',')} s`
