import { describe, expect, it } from 'vitest'
import { CHART_CSS, CHART_PALETTES } from '../src/views/charts/chart-style'
import { EMBED_CSS } from '../src/views/embed-styles'

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

  it.each(Object.entries(CHART_PALETTES))(
    'the charts in their %s theme: text 4.5:1, marks 3:1 or more',
    (_name, p) => {
      for (const text of [p.text, p.muted, p.mark]) expect(contrast(text, p.bg)).toBeGreaterThanOrEqual(4.5)
      for (const mark of [p.bar, p.axis, p.line]) expect(contrast(mark, p.bg)).toBeGreaterThanOrEqual(3)
    },
  )

  it('the chart stylesheet paints with those palettes, and only those', () => {
    const used = new Set(CHART_CSS.match(/#[0-9a-f]{6}/g))
    const palettes = new Set(Object.values(CHART_PALETTES).flatMap((p) => Object.values(p)))
    expect([...used].sort()).toEqual([...palettes].sort())
  })
})
