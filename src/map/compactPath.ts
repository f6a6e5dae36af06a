/**
 * A d3-geo path context that writes SVG path data in relative steps: `M` to the first point of each ring or line,
 * then `l dx dy` to the next ones, `z` to close. The region's paths are 28 % shorter than d3's absolute `L x,y`
 * ones (18 kB instead of 25), and they are sent twice with every map page (in its HTML and in the React payload).
 *
 * Points are rounded to a tenth of the map's unit (d3's `digits(1)`) before the steps are taken between them, so
 * that rounding errors do not add up along a border and two neighbours still share exactly the same edge.
 */
export class CompactPath {
  private data = ''
  /** The last point written and the start of the current ring, in tenths. */
  private x = 0
  private y = 0
  private startX = 0
  private startY = 0
  /** Whether the last command was a step, so that the next one needs no `l`. */
  private stepping = false

  moveTo(x: number, y: number) {
    this.x = this.startX = tenths(x)
    this.y = this.startY = tenths(y)
    this.data += `M${number(this.x)}${separated(this.y)}`
    this.stepping = false
  }

  lineTo(x: number, y: number) {
    const [nextX, nextY] = [tenths(x), tenths(y)]
    if (nextX === this.x && nextY === this.y) return
    this.data += `${this.stepping ? separated(nextX - this.x) : `l${number(nextX - this.x)}`}${separated(nextY - this.y)}`
    this.stepping = true
    this.x = nextX
    this.y = nextY
  }

  closePath() {
    this.data += 'z'
    this.x = this.startX
    this.y = this.startY
    this.stepping = false
  }

  /** Part of d3's context (`GeoContext`); d3-geo's path calls only the methods above for polygons and lines. */
  beginPath() {}

  /** Points (d3 draws them as circles): not used by the map's polygons and lines. */
  arc() {}

  /** The path data written so far, and a fresh start for the next shape. */
  result(): string {
    const data = this.data
    this.data = ''
    this.stepping = false
    return data
  }
}

const tenths = (value: number) => Math.round(value * 10)

/** A number of tenths as SVG writes it, shortest: 12 → "1.2", 3 → ".3", -5 → "-.5". */
function number(tenthsValue: number): string {
  return String(tenthsValue / 10).replace(/^(-?)0\./, '$1.')
}

/** A number following another: a minus sign separates them by itself, else a space. */
function separated(tenthsValue: number): string {
  const text = number(tenthsValue)
  return text.startsWith('-') ? text : ` ${text}`
}
