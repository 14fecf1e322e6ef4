// WCAG AA contrast of the one palette (src/static/palette.css), in both schemes, and proof that the page, the card
// and the charts take every colour from it.
import { describe, expect, it } from 'vitest'
import BASE from '../src/static/base.css'
import CARD from '../src/static/card.css'
import CHART from '../src/static/chart.css'
import PAGE from '../src/static/page.css'
import PALETTE from '../src/static/palette.css'

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

/** Each `--name: light-dark(#light, #dark)` of the palette, as [light, dark]. */
const colours = new Map(
  [...PALETTE.matchAll(/--([\w-]+): light-dark\((#[0-9a-f]+), (#[0-9a-f]+)\)/g)].map(
    ([, name, light, dark]) => [name, { light, dark }] as const,
  ),
)

describe('The palette', () => {
  it('defines every colour for light and dark', () => {
    expect([...colours.keys()].sort()).toEqual(['accent', 'bg', 'fg', 'muted', 'rule'])
  })

  it.each(['light', 'dark'] as const)('in %s: text 4.5:1 or more on the background, bars 3:1', (scheme) => {
    const c = (name: string) => colours.get(name)?.[scheme] ?? 'missing'
    for (const text of ['fg', 'muted', 'accent'])
      expect(contrast(c(text), c('bg'))).toBeGreaterThanOrEqual(4.5)
    // The charts' bars are the accent colour: a graphic, so 3:1.
    expect(contrast(c('accent'), c('bg'))).toBeGreaterThanOrEqual(3)
  })

  it.each([
    ['the page', BASE + PAGE],
    ['the card', BASE + CARD],
    ['the charts', CHART],
  ])('is where %s take every colour from', (_name, css) => {
    expect(css).not.toMatch(/#[0-9a-f]{3,6}\b|rgb|hsl/i)
    expect(css).toMatch(/var\(--fg\)/)
  })

  it('prints dark on white', () => {
    const print = PALETTE.slice(PALETTE.indexOf('@media print'))
    const c = (name: string) => new RegExp(`--${name}: (#[0-9a-f]+)`).exec(print)?.[1] ?? 'missing'
    for (const text of ['fg', 'muted', 'accent']) expect(contrast(c(text), c('bg'))).toBeGreaterThanOrEqual(7)
  })
})
