/**
 * The points an SVG path made of M, L, l and z commands goes through, in absolute coordinates: read the way a
 * browser reads it (a command letter applies to the numbers that follow it until the next letter; after `z` the
 * pen is back at the ring's first point), independently of the code that writes the paths.
 */
export function absolutePoints(d: string): [number, number][] {
  const tokens = d.match(/[MLlz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? []
  const points: [number, number][] = []
  let command = ''
  let [x, y, startX, startY] = [0, 0, 0, 0]
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!
    if (/[MLlz]/.test(token)) {
      command = token
      i += 1
      if (command === 'z') [x, y] = [startX, startY]
      continue
    }
    const [a, b] = [Number(token), Number(tokens[i + 1])]
    i += 2
    // Rounded past the paths' precision: summing steps in binary floating point leaves 1e-15 errors.
    if (command === 'l') [x, y] = [Math.round((x + a) * 1e6) / 1e6, Math.round((y + b) * 1e6) / 1e6]
    else [x, y] = [a, b]
    if (command === 'M') {
      ;[startX, startY] = [x, y]
      command = 'L' // further pairs after M are lines to absolute points
    }
    points.push([x, y])
  }
  return points
}
