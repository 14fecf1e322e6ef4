import { describe, expect, it } from 'vitest'
import { EMBED_CSS } from '../src/views/embed-styles'
import { CHART_CSS } from '../src/views/figures-chart'

/** WCAG 2 relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1)
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(h.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}
const color = (css: string, pattern: RegExp) => css.match(pattern)?.[1] ?? 'missing'

describe('WCAG AA contrast of what other sites embed', () => {
  const [light, dark] = EMBED_CSS.split(':root[data-theme=dark]') as [string, string]
  it.each([
    ['light', light],
    ['dark', dark],
  ])('the card in its %s theme: text 4.5:1 or more', (_name, css) => {
    const v = (name: string) => color(css, new RegExp(`--${name}:(#[0-9a-f]+)`))
    for (const text of ['fg', 'muted', 'accent'])
      expect(contrast(v(text), v('bg'))).toBeGreaterThanOrEqual(4.5)
  })

  const [chartLight, chartDark] = CHART_CSS.split('@media (prefers-color-scheme:dark)') as [string, string]
  it.each([
    ['light', chartLight],
    ['dark', chartDark],
  ])('the chart in %s mode: text 4.5:1, bars 3:1 or more', (_name, css) => {
    const bg = color(css, /\.bg\{fill:(#[0-9a-f]+)/)
    expect(contrast(color(css, /text\{fill:(#[0-9a-f]+)/), bg)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(color(css, /\.muted\{fill:(#[0-9a-f]+)/), bg)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(color(css, /\.bar\{fill:(#[0-9a-f]+)/), bg)).toBeGreaterThanOrEqual(3)
  })
})
