// Linear scales, axis ticks and text wrapping shared by the charts.

/** The smallest 1, 2, 2.5 or 5 times a power of ten that is at least `x` (at least 1). */
export function niceCeiling(x: number): number {
  if (x <= 1) return 1
  const power = 10 ** Math.floor(Math.log10(x))
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= x - 1e-9) ?? 10
  return step * power
}

/** Tick values from 0 to `top` inclusive, about `count` of them, at a round step. */
export function ticks(top: number, count = 4): number[] {
  const step = niceCeiling(top / count)
  const values: number[] = []
  for (let v = 0; v <= top + 1e-9; v += step) values.push(Math.round(v * 1e6) / 1e6)
  return values
}

/**
 * The top of a zero-based axis for these values. When a few outliers would flatten every other bar, the axis
 * stops at the 98th percentile and the charts draw those bars as clipped, with their values written out.
 */
export function axisTop(values: number[]): number {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b)
  const max = sorted.at(-1) ?? 0
  const high = sorted[Math.floor(0.98 * (sorted.length - 1))] ?? 0
  return niceCeiling(max > 2 * high ? high : max)
}

/** Rounded to a tenth of an SVG unit: finer detail is invisible and only makes the markup longer. */
export const r1 = (n: number) => Math.round(n * 10) / 10

/** Words into lines of at most `max` characters (a long word keeps its own line; a no-break space binds). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/[ \n\t]+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/**
 * Trailing mean of `window` days; null unless every one of those days has a figure, so a gap in the data is a
 * gap in the line, never a mean of fewer days.
 */
export function trailingMean(values: (number | null)[], window = 7): (number | null)[] {
  return values.map((_, i) => {
    if (i + 1 < window) return null
    const slice = values.slice(i + 1 - window, i + 1)
    if (slice.some((v) => v === null)) return null
    return (slice as number[]).reduce((a, b) => a + b, 0) / window
  })
}

/** Items as a sentence lists them (AP style, no serial comma). @example listWords(['a', 'b', 'c'], 'and') // "a, b and c" */
export function listWords(items: string[], conjunction: string): string {
  if (items.length < 2) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`
}
