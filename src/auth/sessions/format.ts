/** Dates of the sessions list in the words of EXPERIENCE.md: « 30 novembre 2026 à 14 h 30 », « il y a 12 minutes ». */
const parts = new Intl.DateTimeFormat('fr-CH', {
  timeZone: 'Europe/Zurich',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

export function dateAndTime(iso: string): string {
  const p = Object.fromEntries(parts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]))
  return `${p.day} ${p.month} ${p.year} à ${Number(p.hour)} h ${p.minute}`
}

export function sinceWords(iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - new Date(iso).getTime()) / 60_000)
  if (minutes < 1) return 'il y a moins d’une minute'
  if (minutes < 60) return `il y a ${minutes} minute${minutes === 1 ? '' : 's'}`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `il y a ${hours} heure${hours === 1 ? '' : 's'}`
  return `le ${dateAndTime(iso)}`
}
